// libFuzzer target for the JSON config reader and editor (Ray's ~/.ray/config.json). The parser's
// message is quoted to the user, so it must never carry the file's content (FUZZSECRET, the secret
// of the seed corpus).

#include "optout/rayconfigeditor.h"

#include <cstdint>
#include <cstdlib>

using namespace tlens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool enabled : { false, true }) {
        const EditResult r
            = RayConfigEditor::setUsageStats(text, enabled, QStringLiteral("/home/u/.ray/config.json"));
        if (!r.ok && r.error.contains(QLatin1String("FUZZSECRET")))
            std::abort();
    }
    return 0;
}
