// libFuzzer target for INI files as Skyplane reads them (~/.skyplane/config, host_uuid): the
// parser and the editor that writes [flags] usage_stats. A line that cannot be parsed may hold a
// secret, so the message about it must never quote FUZZSECRET, the secret of the seed corpus.

#include "formats/inidocument.h"
#include "optout/skyplaneconfigeditor.h"

#include <cstdint>
#include <cstdlib>

using namespace tlens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const IniDocument doc = IniDocument::parse(text);
    if (!doc.isValid()) {
        const QString error = doc.errorString();
        if (error.contains(QLatin1String("neither a section header"))
            && error.contains(QLatin1String("FUZZSECRET")))
            std::abort();
    }
    for (const bool enabled : { false, true }) {
        const EditResult r
            = SkyplaneConfigEditor::setUsageStats(text, enabled, QStringLiteral("/home/u/.skyplane/config"));
        if (!r.ok && r.error.contains(QLatin1String("FUZZSECRET")) && !doc.isValid()
            && doc.errorString().contains(QLatin1String("neither a section header")))
            std::abort();
        if (r.ok && r.bytes && !IniDocument::parse(*r.bytes).isValid())
            std::abort(); // the editor never writes a file Skyplane cannot read
    }
    return 0;
}
