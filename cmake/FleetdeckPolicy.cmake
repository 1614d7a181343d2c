# One compile policy for every Fleetdeck target: link fleetdeck_policy PRIVATE and nothing else.
add_library(fleetdeck_policy INTERFACE)
add_library(Fleetdeck::policy ALIAS fleetdeck_policy)

target_compile_features(fleetdeck_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_CXX_VISIBILITY_PRESET hidden)
set(CMAKE_VISIBILITY_INLINES_HIDDEN ON)

target_compile_definitions(fleetdeck_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    FLEETDECK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # C++ only: CUDA sources (the engine plugin) take their host warnings through nvcc.
    target_compile_options(fleetdeck_policy INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Wcast-qual -Wformat=2>)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # clang spells it differently (-Wshadow-uncaptured-local); the GCC build carries it.
        target_compile_options(fleetdeck_policy INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-Wshadow=local>)
    endif()
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        # GCC 12 at -O2 reports std::string concatenation inside libstdc++ as an overlapping
        # memcpy (GCC bug 105651, fixed in 13): a false positive that -Werror would make fatal.
        target_compile_options(fleetdeck_policy INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-Wno-restrict>)
    endif()
    if(FLEETDECK_WERROR)
        target_compile_options(fleetdeck_policy INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-Werror>
            $<$<COMPILE_LANGUAGE:CUDA>:--Werror=all-warnings>)
    endif()
elseif(MSVC)
    target_compile_options(fleetdeck_policy INTERFACE /W4 /permissive- /utf-8)
    if(FLEETDECK_WERROR)
        target_compile_options(fleetdeck_policy INTERFACE /WX)
    endif()
endif()

# fleetdeck_add_library(NAME [STATIC] SOURCES ... PUBLIC_LIBS ... PRIVATE_LIBS ...)
# Every core/ui module is one library named fleetdeck_<name>, aliased Fleetdeck::<name>.
function(fleetdeck_add_library name)
    cmake_parse_arguments(L "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    set(target fleetdeck_${name})
    add_library(${target} STATIC ${L_SOURCES})
    add_library(Fleetdeck::${name} ALIAS ${target})
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}")
    target_link_libraries(${target} PUBLIC ${L_PUBLIC_LIBS} PRIVATE fleetdeck_policy ${L_PRIVATE_LIBS})
    # Translations scan these sources (Qt 6.4's qt_add_translations only scans the target it gets).
    set_property(GLOBAL APPEND PROPERTY FLEETDECK_TRANSLATABLE_TARGETS ${target})
endfunction()
