-- Lays out the Fleetdeck disk image's Finder window: the app on the left, the link to
-- /Applications on the right, so that the drag to install is obvious. CPack's DragNDrop
-- generator runs it with the volume name as the only argument.
on run argv
    set volumeName to item 1 of argv
    tell application "Finder"
        tell disk volumeName
            open
            set current view of container window to icon view
            set toolbar visible of container window to false
            set statusbar visible of container window to false
            set the bounds of container window to {200, 120, 760, 480}
            set viewOptions to the icon view options of container window
            set arrangement of viewOptions to not arranged
            set icon size of viewOptions to 128
            set position of item "fleetdeck.app" of container window to {140, 170}
            set position of item "Applications" of container window to {420, 170}
            update without registering applications
            delay 2
            close
        end tell
    end tell
end run
