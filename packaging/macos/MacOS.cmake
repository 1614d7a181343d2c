# macOS: fleetdeck becomes fleetdeck.app (our Info.plist, the .icns icon), Qt's deployment script
# copies Qt's frameworks and plugins into the bundle at install time (macdeployqt), and the
# DragNDrop generator puts the bundle on a disk image beside a link to /Applications.
if(NOT TARGET fleetdeck)
    return()
endif()

set(icns "${icons}/fleetdeck.icns")
target_sources(fleetdeck PRIVATE "${icns}")
set_source_files_properties("${icns}" TARGET_DIRECTORY fleetdeck
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(fleetdeck PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${FLEETDECK_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "Fleetdeck"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "fleetdeck.icns"
    MACOSX_BUNDLE_COPYRIGHT "The Fleetdeck developers")

if(COMMAND qt_generate_deploy_app_script)
    qt_generate_deploy_app_script(TARGET fleetdeck FILENAME_VARIABLE deploy_script)
    install(SCRIPT "${deploy_script}" COMPONENT app)
endif()

# The CLI ships inside the bundle, so the disk image holds one thing to drag; README.md tells
# how to put fleetdeck.app/Contents/MacOS/fleetdeck-cli on PATH.
if(TARGET fleetdeck-cli)
    # It finds the Qt frameworks that macdeployqt copies into the bundle.
    set_target_properties(fleetdeck-cli PROPERTIES
        INSTALL_RPATH "@executable_path/../Frameworks")
    install(TARGETS fleetdeck-cli RUNTIME DESTINATION fleetdeck.app/Contents/MacOS COMPONENT app)
endif()
