// A PDF page as an image for OCR.
#ifndef VANKIEN_READERS_PAGE_RENDER_H_
#define VANKIEN_READERS_PAGE_RENDER_H_

#include "readers/ocr.h"

namespace poppler {
class page;
}

namespace vankien::readers {

// No page image holds more pixels than this (a byte each): a page larger than A3 is rendered
// below the resolution asked for, whatever size a PDF claims for it.
inline constexpr double kMaxPagePixels = 40e6;

// Renders `page` in 8-bit grey at `dpi`, or lower as kMaxPagePixels requires (the image says
// which). An image without pixels when poppler cannot render the page.
PageImage RenderPage(const poppler::page& page, double dpi);

}  // namespace vankien::readers

#endif  // VANKIEN_READERS_PAGE_RENDER_H_
