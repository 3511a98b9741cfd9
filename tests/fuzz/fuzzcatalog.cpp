// libFuzzer target for the tool catalog reader (resources/catalog/tools.json).

#include "catalog/catalog.h"

#include <cstdint>

using namespace tlens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    Catalog catalog;
    QString error;
    if (catalog.load(text, &error)) {
        catalog.texts();
        catalog.ids();
    }
    return 0;
}
