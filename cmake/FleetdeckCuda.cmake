# CUDA is optional at build time (FLEETDECK_CUDA) and at run time (the engine is a plugin).
set(FLEETDECK_CUDA_ENABLED OFF)
if(NOT FLEETDECK_CUDA STREQUAL "OFF")
    include(CheckLanguage)
    check_language(CUDA)
    if(CMAKE_CUDA_COMPILER)
        find_package(CUDAToolkit QUIET)
    endif()
    if(CMAKE_CUDA_COMPILER AND CUDAToolkit_FOUND)
        enable_language(CUDA)
        # Machine code for Hopper (H100/H200), PTX from Turing up that the driver compiles for
        # any other GPU on first use. Each real architecture adds a full device compile.
        set(FLEETDECK_CUDA_ARCHITECTURES "75-virtual;90-real" CACHE STRING
            "CUDA architectures of the engine plugin (CMake CUDA_ARCHITECTURES syntax)")
        set(FLEETDECK_CUDA_ENABLED ON)
    elseif(FLEETDECK_CUDA STREQUAL "ON")
        message(FATAL_ERROR "FLEETDECK_CUDA=ON but no CUDA compiler/toolkit was found. "
                            "Install the CUDA toolkit or configure with -DFLEETDECK_CUDA=AUTO|OFF.")
    endif()
endif()
