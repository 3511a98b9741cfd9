// The translatable sentences of resources/catalog/tools.json, listed so that lupdate finds them.
// Catalog::text() looks them up in the "Catalog" context; a test checks this list matches the catalog.
#include "catalog.h"

namespace tlens {

extern const char *const kCatalogStrings[];
int catalogStringCount();

const char *const kCatalogStrings[] = {
    QT_TRANSLATE_NOOP("Catalog",
                      "Ray collects by default. An interactive `ray start` asks once and saves the answer; a "
                      "non-interactive start collects without asking."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A local cluster started by ray.init() never reports; this is not a setting."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Flag of ray start --head, ray up, ray submit --start and ray exec --start: one run "
                      "only, never saved."),
    QT_TRANSLATE_NOOP("Catalog", "Only hides the first-run prompt; collection is not disabled."),
    QT_TRANSLATE_NOOP("Catalog", "Sends the reports to another address."),
    QT_TRANSLATE_NOOP("Catalog", "Adds k=v;k2=v2 tags to every report."),
    QT_TRANSLATE_NOOP("Catalog", "Overrides the report's source field."),
    QT_TRANSLATE_NOOP("Catalog", "Moves the session folders (and their reports)."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Links every report of one cluster; in new releases it is the cluster id, not a random value."),
    QT_TRANSLATE_NOOP("Catalog", "about 60 s after a cluster starts, then every hour"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Each cluster not started by ray.init() still sends one report with only "
                      "schema_version, source and collect_timestamp_ms set and every other field null."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "The documentation says `ray disable-usage-stats` writes {\"usage_stats\": true}; it writes false."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation calls session_id a random UUID; new releases use the cluster id."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation implies nothing is sent after opting out; one minimal report per "
                      "cluster still is."),
    QT_TRANSLATE_NOOP("Catalog", "Skyplane collects by default and reports this as \"enabled explicitly\"."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Skyplane loads this file when it is imported: a value it cannot parse breaks every "
                      "command, whatever the environment says."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Twenty zeros followed by this machine's network (MAC) address: permanent, and "
                      "identifies the hardware."),
    QT_TRANSLATE_NOOP("Catalog", "The date and time of one transfer."),
    QT_TRANSLATE_NOOP("Catalog", "after every transfer or error; plain HTTP to a raw IP address"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing, once the opt-out is read: Skyplane checks it before every report."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation says the opt-out writes {\"usage_stats\": false} to "
                      "~/.skyplane/config.json; Skyplane ignores that file, and JSON in ~/.skyplane/config "
                      "makes every skyplane command crash. The setting is the INI key [flags] usage_stats."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The documentation calls the client id random and short-lived; it is the machine's MAC "
                      "address and permanent."),
    QT_TRANSLATE_NOOP("Catalog", "MLflow collects by default; only environment variables switch it off."),
    QT_TRANSLATE_NOOP("Catalog", "Moves telemetry.json."),
    QT_TRANSLATE_NOOP("Catalog", "MLflow keeps no copy of what it sends."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id kept in telemetry.json that links every event from this account since "
                      "telemetry first ran."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "batches of up to 500 events every 10 s; the address comes from https://config.mlflow-telemetry.io"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing from processes that see the variable. Programs started before the change, or "
                      "from an environment that does not read your shell files (cron, systemd services, IDEs "
                      "started otherwise), still send."),
    QT_TRANSLATE_NOOP("Catalog",
                      "MLflow does not honour DO_NOT_TRACK=1, the usual convention: only DO_NOT_TRACK=true."),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "There is no configuration file opt-out: deleting telemetry.json only resets the installation id."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Rasa collects by default; its next command-line run writes ~/.config/rasa/global.yml "
                      "with enabled: true and a new id."),
    QT_TRANSLATE_NOOP("Catalog", "true makes Rasa print the events instead of sending them."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A random id in global.yml sent with every event (as userId and metrics_id); links all "
                      "your Rasa projects."),
    QT_TRANSLATE_NOOP("Catalog", "one request per event (training, running, testing, ...)"),
    QT_TRANSLATE_NOOP("Catalog",
                      "Nothing when the file is written directly. `rasa telemetry disable` itself sends one "
                      "\"Telemetry Disabled\" event before it writes the file."),
    QT_TRANSLATE_NOOP("Catalog",
                      "The telemetry documentation names no deletion channel; Rasa's data processing terms "
                      "name the data protection officer, dpo@rasa.com."),
    QT_TRANSLATE_NOOP("Catalog",
                      "A quoted \"false\" (or no, off) in global.yml is a string, which Rasa treats as true: "
                      "telemetry stays on."),
};

int catalogStringCount()
{
    return int(sizeof(kCatalogStrings) / sizeof(kCatalogStrings[0]));
}

} // namespace tlens
