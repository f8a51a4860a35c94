#include "readers/page_render.h"

#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>

namespace vankien::readers {

PageImage RenderPage(const poppler::page& page, double dpi) {
  const poppler::rectf size = page.page_rect();
  const double square_inches = std::max(size.width() * size.height(), 1.0) / (72.0 * 72.0);
  dpi = std::min(dpi, std::sqrt(kMaxPagePixels / square_inches));
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing);
  const poppler::image image = renderer.render_page(&page, dpi, dpi);
  PageImage out;
  if (!image.is_valid()) return out;
  out.width = image.width();
  out.height = image.height();
  out.bytes_per_row = image.bytes_per_row();
  out.dpi = static_cast<int>(std::lround(dpi));
  const auto* data = reinterpret_cast<const unsigned char*>(image.const_data());
  out.pixels.assign(data, data + static_cast<std::size_t>(out.bytes_per_row) * static_cast<std::size_t>(out.height));
  return out;
}

}  // namespace vankien::readers
