# fleetdeck_add_test(NAME SOURCES ... [LIBS ...] LABELS unit|integration|gui|gpu|conformance|bench
#                    [TIMEOUT s] [ENVIRONMENT K=V ...] [ARGS ...])
# One QtTest executable per class. Every test runs with its own HOME and XDG folders under the
# build tree, so no test can touch the user's settings, database or ~/.ssh.
find_program(FLEETDECK_XVFB Xvfb)

function(fleetdeck_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT;ARGS" ${ARGN})
    if(NOT T_LABELS)
        message(FATAL_ERROR "fleetdeck_add_test(${name}): give LABELS")
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test fleetdeck_policy fleetdeck_testsupport ${T_LIBS})
    # Model loading runs libonnx in this child process, found beside the test in bin/.
    if(TARGET fleetdeck-onnx-check)
        add_dependencies(${name} fleetdeck-onnx-check)
    endif()

    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    set(command $<TARGET_FILE:${name}> ${T_ARGS})
    set(env
        "HOME=${home}"
        "XDG_CONFIG_HOME=${home}/.config"
        "XDG_DATA_HOME=${home}/.local/share"
        "XDG_CACHE_HOME=${home}/.cache"
        "XDG_RUNTIME_DIR=${home}/run"
        "FLEETDECK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "FLEETDECK_BINARY_DIR=${CMAKE_BINARY_DIR}"
        "LC_ALL=C.UTF-8"
        ${T_ENVIRONMENT})
    if("gui" IN_LIST T_LABELS)
        # A real window on a private X server; run-with-xvfb picks a free display without races.
        set(command "${PROJECT_SOURCE_DIR}/tests/support/run-with-xvfb.sh" ${command})
        list(APPEND env "QT_QPA_PLATFORM=xcb")
    else()
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    add_test(NAME ${name} COMMAND ${command})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env}"
        FIXTURES_REQUIRED fleetdeck_test_homes)
endfunction()
