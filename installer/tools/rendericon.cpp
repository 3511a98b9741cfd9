// Build-time tool: renders an SVG icon to PNG files of the given pixel sizes, so the hicolor PNGs
// are always made from the one SVG source and building them needs nothing beyond Qt.
//   rendericon SOURCE.svg SIZE OUTPUT.png [SIZE OUTPUT.png]...

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

namespace {

bool renderOne(QSvgRenderer &renderer, int size, const QString &output, QTextStream &err)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    // Straight alpha, no text chunks, highest compression (quality 0 for PNG): the same SVG always
    // gives the same small PNGs.
    if (!image.convertToFormat(QImage::Format_ARGB32).save(output, "PNG", 0)) {
        err << "rendericon: cannot write " << output << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3 || args.size() % 2 == 0) {
        err << "usage: rendericon SOURCE.svg SIZE OUTPUT.png [SIZE OUTPUT.png]..." << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(args.first());
    if (!renderer.isValid()) {
        err << "rendericon: cannot read " << args.first() << " as SVG" << Qt::endl;
        return 1;
    }
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            err << "rendericon: bad size " << args.at(i) << Qt::endl;
            return 2;
        }
        if (!renderOne(renderer, size, args.at(i + 1), err))
            return 1;
    }
    return 0;
}
