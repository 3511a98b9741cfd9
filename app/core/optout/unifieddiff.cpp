#include "unifieddiff.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace tlens {

namespace {

// A line with its terminator, so a changed final newline counts as a changed line.
QList<QByteArray> splitLines(const std::optional<QByteArray> &text)
{
    QList<QByteArray> lines;
    if (!text)
        return lines;
    qsizetype start = 0;
    while (start < text->size()) {
        const qsizetype nl = text->indexOf('\n', start);
        const qsizetype end = nl < 0 ? text->size() : nl + 1;
        lines.append(text->mid(start, end - start));
        start = end;
    }
    return lines;
}

enum class Op { Equal, Delete, Insert };

struct Step {
    Op op;
    int oldIndex; // index into the old lines (Equal, Delete)
    int newIndex; // index into the new lines (Equal, Insert)
};

// Beyond this many differences the middle is shown as one replaced block: the diff stays correct,
// only not minimal, and memory stays bounded for wholesale rewrites.
constexpr int kMaxEditDistance = 1000;

// Myers' greedy O((N+M)D) algorithm on a[lo..), b[lo..); appends the steps.
void myers(const QList<QByteArray> &a, int aLo, int aHi, const QList<QByteArray> &b, int bLo, int bHi,
           std::vector<Step> *out)
{
    const int n = aHi - aLo;
    const int m = bHi - bLo;
    const int max = std::min(n + m, kMaxEditDistance);
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(aLo + x) == b.at(bLo + y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) {
        for (int i = aLo; i < aHi; ++i)
            out->push_back({ Op::Delete, i, -1 });
        for (int j = bLo; j < bHi; ++j)
            out->push_back({ Op::Insert, -1, j });
        return;
    }
    std::vector<Step> reversed;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[size_t(d)];
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = pv[size_t(offset + prevK)];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            reversed.push_back({ Op::Equal, aLo + x, bLo + y });
        }
        if (x == prevX)
            reversed.push_back({ Op::Insert, -1, bLo + prevY });
        else
            reversed.push_back({ Op::Delete, aLo + prevX, -1 });
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.push_back({ Op::Equal, aLo + x, bLo + y });
    }
    out->insert(out->end(), reversed.rbegin(), reversed.rend());
}

QString shown(const QByteArray &line, const SecretMasker &masker)
{
    QByteArray content = line;
    if (content.endsWith('\n'))
        content.chop(1);
    if (content.endsWith('\r'))
        content.chop(1);
    return masker.maskLine(QString::fromUtf8(content));
}

QString range(int start, int count)
{
    // GNU diff: a hunk that is empty on one side names the line before it.
    const int first = count == 0 ? start : start + 1;
    if (count == 1)
        return QString::number(first);
    return QString::number(first) + QLatin1Char(',') + QString::number(count);
}

} // namespace

QString UnifiedDiff::make(const QString &path, const std::optional<QByteArray> &before,
                          const std::optional<QByteArray> &after, const SecretMasker &masker, int context)
{
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    if (before == after)
        return {};

    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    std::vector<Step> steps;
    steps.reserve(size_t(a.size() + b.size()));
    for (int i = 0; i < prefix; ++i)
        steps.push_back({ Op::Equal, i, i });
    myers(a, prefix, int(a.size()) - suffix, b, prefix, int(b.size()) - suffix, &steps);
    for (int i = 0; i < suffix; ++i)
        steps.push_back({ Op::Equal, int(a.size()) - suffix + i, int(b.size()) - suffix + i });

    const QString inner = path.startsWith(QLatin1Char('/')) ? path : QString(QLatin1Char('/') + path);
    QString out;
    out += (before ? QString(QStringLiteral("--- a") + inner) : QStringLiteral("--- /dev/null"))
        + QLatin1Char('\n');
    out += (after ? QString(QStringLiteral("+++ b") + inner) : QStringLiteral("+++ /dev/null"))
        + QLatin1Char('\n');

    const int total = int(steps.size());
    int i = 0;
    while (i < total) {
        if (steps[size_t(i)].op == Op::Equal) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last change
        // that is at most 2 * context equal lines away.
        const int start = std::max(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < total) {
            if (steps[size_t(end)].op != Op::Equal)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(total, lastChange + context + 1);

        int oldStart = 0;
        int newStart = 0;
        // Lines before the hunk on each side.
        for (int s = 0; s < start; ++s) {
            if (steps[size_t(s)].op != Op::Insert)
                ++oldStart;
            if (steps[size_t(s)].op != Op::Delete)
                ++newStart;
        }
        int oldCount = 0;
        int newCount = 0;
        QString body;
        for (int s = start; s < end; ++s) {
            const Step &st = steps[size_t(s)];
            const QByteArray &line = st.op == Op::Insert ? b.at(st.newIndex) : a.at(st.oldIndex);
            const QChar mark = st.op == Op::Equal
                ? QLatin1Char(' ')
                : (st.op == Op::Delete ? QLatin1Char('-') : QLatin1Char('+'));
            if (st.op != Op::Insert)
                ++oldCount;
            if (st.op != Op::Delete)
                ++newCount;
            body += mark + shown(line, masker) + QLatin1Char('\n');
            if (!line.endsWith('\n'))
                body += QStringLiteral("\\ No newline at end of file\n");
        }
        out += QStringLiteral("@@ -") + range(oldStart, oldCount) + QStringLiteral(" +")
            + range(newStart, newCount) + QStringLiteral(" @@\n") + body;
        i = end;
    }
    return out;
}

} // namespace tlens
