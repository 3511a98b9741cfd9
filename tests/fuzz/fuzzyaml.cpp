// libFuzzer target for the YAML editor (Rasa's ~/.config/rasa/global.yml): every input is either
// refused with a message or edited into a file whose metrics.enabled reads back as intended, which
// the editor checks itself with yaml-cpp.

#include "optout/rasaconfigeditor.h"

#include <cstdint>

using namespace tlens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool enabled : { false, true }) {
        const EditResult r
            = RasaConfigEditor::setEnabled(text, enabled, QStringLiteral("/home/u/.config/rasa/global.yml"));
        if (r.ok && r.bytes && *r.bytes != text)
            RasaConfigEditor::setEnabled(*r.bytes, enabled,
                                         QStringLiteral("/home/u/.config/rasa/global.yml"));
    }
    return 0;
}
