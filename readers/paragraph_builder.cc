#include "readers/paragraph_builder.h"

#include <algorithm>

#include "analysis/utf8.h"

namespace vankien::readers {
namespace {

bool IsBlank(const Paragraph& paragraph) {
  return std::all_of(paragraph.runs.begin(), paragraph.runs.end(), [](const TextRun& run) {
    return run.text.find_first_not_of(" \t\n\r") == std::string::npos;
  });
}

}  // namespace

void ParagraphBuilder::Add(std::string_view text, std::string_view font) {
  if (text.empty()) return;
  // Formats promise UTF-8 but do not check it (pugixml does not): what is kept is valid.
  const std::string valid = analysis::SanitizeUtf8(text);
  bytes_ += valid.size();
  if (!open_.runs.empty() && open_.runs.back().font == font) {
    open_.runs.back().text += valid;
  } else {
    open_.runs.push_back(TextRun{valid, std::string(font)});
  }
}

void ParagraphBuilder::AddLineBreak() {
  if (open_.runs.empty()) open_.runs.emplace_back();
  open_.runs.back().text += '\n';
  ++bytes_;
}

void ParagraphBuilder::EndParagraph() {
  if (!IsBlank(open_)) done_.push_back(std::move(open_));
  open_ = Paragraph{};
}

std::vector<Paragraph> ParagraphBuilder::Take() {
  EndParagraph();
  std::vector<Paragraph> paragraphs = std::move(done_);
  done_.clear();
  bytes_ = 0;
  return paragraphs;
}

std::string RunText(const Paragraph& paragraph) {
  std::string text;
  for (const TextRun& run : paragraph.runs) text += run.text;
  return text;
}

std::vector<std::string> RunTextsOf(const std::vector<Paragraph>& paragraphs) {
  std::vector<std::string> texts;
  for (const Paragraph& paragraph : paragraphs) texts.push_back(RunText(paragraph));
  return texts;
}

}  // namespace vankien::readers
