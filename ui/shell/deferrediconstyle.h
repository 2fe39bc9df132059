// SPDX-License-Identifier: MIT
// DeferredIconStyle: the application's own style, except that the menu bar's extension-button
// icons are read from Qt's resources when first drawn rather than when asked for. QMenuBar's
// constructor asks for one (the button shows only when the menus do not fit); reading that PNG
// through QImageReader made Qt 6.4 load every image-format plugin — svg, gif, ico, jpeg and
// libjpeg — to ask each whether it reads PNG: 3.5–4.9 ms of a ~95 ms launch, for an icon that is
// almost never on screen (issue 14). Drawn, the icon is the style's own, pixel for pixel.
#pragma once

#include <QProxyStyle>

class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // A proxy for a new instance of the style named key (QApplication::style()->name()), so that
    // a style chosen with -style or QT_STYLE_OVERRIDE stays the one used.
    explicit DeferredIconStyle(const QString &key);

    [[nodiscard]] static bool defers(StandardPixmap sp);
    QIcon standardIcon(StandardPixmap sp, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
