// libFuzzer target for the readers of stored reports (Ray's and Skyplane's usage_stats.json).

#include "discovery/reportparser.h"

#include <cstdint>

using namespace tlens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    ReportParser::parseRay(text);
    ReportParser::parseSkyplane(text);
    return 0;
}
