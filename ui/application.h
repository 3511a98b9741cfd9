#pragma once

namespace tlens {

// The window's entry point, called by main() when no CLI command was given: sets up the
// application (name, icon, desktop file name, language), reads --demo, --root, --home,
// --all-users and --lang, and shows the dashboard. Returns the exit code.
int runGui(int argc, char *argv[]);

} // namespace tlens
