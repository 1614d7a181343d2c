# Windows: Qt's deployment script copies the Qt DLLs and plugins next to fleetdeck.exe at install
# time (windeployqt), so the NSIS installer and the ZIP run on a machine without Qt. The CLI and
# the agent use a subset of the same DLLs from the same bin folder.
if(TARGET fleetdeck)
    set_target_properties(fleetdeck PROPERTIES WIN32_EXECUTABLE ON)
    # Embeds the icon in the executable (Explorer, taskbar, the Start menu shortcut).
    configure_file(windows/fleetdeck.rc.in windows/fleetdeck.rc @ONLY)
    target_sources(fleetdeck PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/windows/fleetdeck.rc")
    set(deploy_target fleetdeck)
elseif(TARGET fleetdeck-cli)
    set(deploy_target fleetdeck-cli)
endif()

if(deploy_target AND COMMAND qt_generate_deploy_app_script)
    qt_generate_deploy_app_script(TARGET ${deploy_target} FILENAME_VARIABLE deploy_script)
    install(SCRIPT "${deploy_script}" COMPONENT app)
endif()

# CPACK_PACKAGE_EXECUTABLES makes the app's Start menu entry; add one for the user guide.
set(CPACK_NSIS_MENU_LINKS "${PROJECT_HOMEPAGE_URL}/docs/user-guide" "Fleetdeck user guide")
