# CPack: what every generator shares, then each generator's own settings. Settings that must
# differ per generator at package time live in CPackProjectConfig.cmake.in.

set(CPACK_PACKAGE_NAME "fleetdeck")
set(CPACK_PACKAGE_VENDOR "The Fleetdeck developers")
set(CPACK_PACKAGE_CONTACT "The Fleetdeck developers <dev@fleetdeck.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Fleetdeck")
set(CPACK_PACKAGE_EXECUTABLES "fleetdeck;Fleetdeck")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_BINARY_DIR}/CPackProjectConfig.cmake")
configure_file(CPackProjectConfig.cmake.in CPackProjectConfig.cmake @ONLY)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# --- components ---------------------------------------------------------------------------------
# Named explicitly, so that an install() rule without a COMPONENT cannot slip into a package.
set(CPACK_COMPONENTS_ALL app agent)
if(cuda_plugins)
    list(APPEND CPACK_COMPONENTS_ALL cuda-engine)
endif()
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Fleetdeck")
set(CPACK_COMPONENT_APP_DESCRIPTION
    "Desktop control plane for hybrid edge/cloud AI inference fleets (fleetdeck, fleetdeck-cli).")
set(CPACK_COMPONENT_APP_REQUIRED ON)
set(CPACK_COMPONENT_AGENT_DISPLAY_NAME "Fleetdeck node agent")
set(CPACK_COMPONENT_AGENT_DESCRIPTION
    "The agent that runs on every edge or cloud node (fleetdeck-agent and its systemd unit).")
set(CPACK_COMPONENT_AGENT_DISABLED ON)
set(CPACK_COMPONENT_CUDA-ENGINE_DISPLAY_NAME "CUDA validation engine")
set(CPACK_COMPONENT_CUDA-ENGINE_DESCRIPTION
    "Runs model validation on an NVIDIA GPU. Needs the CUDA runtime; the app works without it.")
set(CPACK_COMPONENT_CUDA-ENGINE_DEPENDS app)

# --- Debian -------------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Depends come from the binaries' shared libraries (dpkg-shlibdeps), never from a hand list.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_APP_PACKAGE_NAME "fleetdeck")
set(CPACK_DEBIAN_APP_DESCRIPTION "Control plane for hybrid edge/cloud AI inference fleets
Fleetdeck keeps an inventory of edge and cloud inference nodes in a local SQLite file and
reaches them over SSH, where fleetdeck-agent does the node-side work. This package holds the
desktop app (fleetdeck) and its headless twin for scripts and pipelines (fleetdeck-cli).")
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: the inventory's SQL driver and
# the SVG icon engine (the app's icons are SVG).
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "openssh-client, qt6-qpa-plugins")
set(CPACK_DEBIAN_APP_PACKAGE_SUGGESTS "fleetdeck-cuda-engine")
set(CPACK_DEBIAN_AGENT_PACKAGE_NAME "fleetdeck-agent")
set(CPACK_DEBIAN_AGENT_DESCRIPTION "Node agent for Fleetdeck, the AI inference fleet control plane
Runs on every edge or cloud node of a Fleetdeck fleet: a daemon (systemd unit
fleetdeck-agent.service) that reports the node's facts and GPU readings, and an rpc mode that
the control plane starts through SSH. It opens no network port of its own.")
set(CPACK_DEBIAN_AGENT_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_AGENT_PACKAGE_RECOMMENDS "openssh-server")
# postinst makes the agent's user with systemd-sysusers, or adduser where systemd is absent.
set(CPACK_DEBIAN_AGENT_PACKAGE_DEPENDS "systemd | adduser")
set(CPACK_DEBIAN_AGENT_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_SOURCE_DIR}/linux/debian-agent/postinst"
    "${CMAKE_CURRENT_SOURCE_DIR}/linux/debian-agent/prerm"
    "${CMAKE_CURRENT_SOURCE_DIR}/linux/debian-agent/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_CUDA-ENGINE_PACKAGE_NAME "fleetdeck-cuda-engine")
set(CPACK_DEBIAN_CUDA-ENGINE_DESCRIPTION "CUDA validation engine for Fleetdeck
A plugin that Fleetdeck loads at run time to validate and time ONNX models on an NVIDIA GPU.
Fleetdeck works without it, validating on the CPU.")

# --- archives -----------------------------------------------------------------------------------
# One archive with every component, laid out to be unpacked into /usr/local.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# --- Windows (NSIS) -----------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "Fleetdeck ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Fleetdeck")
set(CPACK_NSIS_MUI_ICON "${icons}/fleetdeck.ico")
set(CPACK_NSIS_MUI_UNIICON "${icons}/fleetdeck.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\fleetdeck.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/docs/user-guide")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "fleetdeck.exe")
# fleetdeck-cli is meant for scripts: put it on PATH (the installer asks).
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")

# --- macOS (DragNDrop) --------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Fleetdeck ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDBZ")
set(CPACK_DMG_DS_STORE_SETUP_SCRIPT "${CMAKE_CURRENT_SOURCE_DIR}/macos/DmgLayout.scpt")

include(CPack)
