# cmake -DICONS=resources/icons -P check-icons.cmake
# The PNGs installed into the hicolor theme's NxN folders must be N by N pixels, and every SVG
# they are rendered from must be there (render-pngs.sh makes the PNGs from them).

cmake_minimum_required(VERSION 3.25)

set(failures "")
foreach(source fleetdeck.svg fleetdeck-small.svg fleetdeck.ico fleetdeck.icns)
    if(NOT EXISTS "${ICONS}/${source}")
        list(APPEND failures "${source} is missing")
    endif()
endforeach()
foreach(size 16 24 32 48 64 128 256)
    set(png "${ICONS}/fleetdeck-${size}.png")
    if(NOT EXISTS "${png}")
        list(APPEND failures "fleetdeck-${size}.png is missing: run resources/icons/render-pngs.sh")
        continue()
    endif()
    # PNG: 8-byte signature, then the IHDR chunk whose data starts with width and height (32-bit
    # big-endian) at byte 16.
    file(READ "${png}" signature LIMIT 8 HEX)
    file(READ "${png}" header OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${header}" 0 8 width)
    string(SUBSTRING "${header}" 8 8 height)
    math(EXPR width "0x${width}")
    math(EXPR height "0x${height}")
    if(NOT signature STREQUAL "89504e470d0a1a0a")
        list(APPEND failures "fleetdeck-${size}.png is not a PNG file")
    elseif(NOT width EQUAL size OR NOT height EQUAL size)
        list(APPEND failures
            "fleetdeck-${size}.png is ${width}x${height}, not ${size}x${size}: run render-pngs.sh")
    endif()
endforeach()
if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "App icons in ${ICONS}:\n${text}")
endif()
message(STATUS "App icons: every size is there and has its size.")
