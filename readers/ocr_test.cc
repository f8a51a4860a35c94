#include "readers/ocr.h"

#include <catch2/catch.hpp>

namespace vankien::readers {
namespace {

PageImage WhitePage(int width, int height) {
  PageImage image;
  image.width = width;
  image.height = height;
  image.bytes_per_row = width;
  image.dpi = 200;
  image.pixels.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0xFF);
  return image;
}

TEST_CASE("the pool gives each page's words in page order, however the pages were queued") {
  OcrPool pool(2);
  pool.Submit(7, WhitePage(400, 300));
  pool.Submit(2, WhitePage(300, 200));
  pool.Submit(5, WhitePage(200, 200));
  double seconds = -1;
  const auto pages = pool.Finish(&seconds);
  REQUIRE(pages.size() == 3);
  CHECK(pages[0].first == 2);
  CHECK(pages[1].first == 5);
  CHECK(pages[2].first == 7);
  CHECK(pages[0].second.empty());
  CHECK(seconds >= 0);
  CHECK(pool.Finish(&seconds).empty());
}

TEST_CASE("without Vietnamese data the pool names the package to install") {
  try {
    OcrPool pool(1, "/nonexistent/tessdata");
    FAIL("a pool without data started");
  } catch (const MissingComponent& e) {
    CHECK(e.package() == "tesseract-ocr-vie");
  }
}

}  // namespace
}  // namespace vankien::readers
