#include "readers/child_extraction.h"

#include <signal.h>

#include <cstdlib>
#include <string>
#include <system_error>
#include <vector>

#include "readers/child_process.h"
#include "readers/extraction_json.h"

namespace vankien::readers {

namespace fs = std::filesystem;

fs::path ExtractProgram() {
  if (const char* set = std::getenv("VANKIEN_EXTRACT"); set && *set) return set;
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  const fs::path build_dir = VANKIEN_BUILD_DIR;
  if (!error) {
    const std::string self_text = self.lexically_normal().string();
    const std::string build_text = build_dir.lexically_normal().string() + "/";
    if (self_text.rfind(build_text, 0) == 0) return build_dir / "readers" / "vankien-extract";
  }
  return VANKIEN_INSTALLED_EXTRACT;
}

Extraction ExtractInChild(FileFormat format, std::string_view bytes, const ExtractOptions& options,
                          const ChildLimits& limits) {
  ChildRun run;
  run.argv = {ExtractProgram().string(), "--format", std::string(FormatName(format)),
              "--threads", std::to_string(options.threads),
              "--max-memory-mb", std::to_string(limits.memory_bytes >> 20),
              "--max-cpu-seconds", std::to_string(limits.cpu_seconds),
              "--max-unpacked-mb", std::to_string(options.max_unpacked_bytes >> 20),
              "--max-ratio", std::to_string(options.max_ratio)};
  if (!options.ocr) run.argv.push_back("--no-ocr");
  run.input = bytes;
  run.time_limit = std::chrono::milliseconds(static_cast<long long>(limits.wall_seconds * 1000));
  run.max_output_bytes = limits.max_output_bytes;
  ChildOutcome outcome;
  try {
    outcome = RunChild(run);
  } catch (const std::system_error& error) {
    throw ExtractionError("cannot start the reader " + run.argv[0] + ": " + error.code().message() +
                          " (set VANKIEN_EXTRACT to its path)");
  }
  switch (outcome.end) {
    case ChildOutcome::End::kTimedOut:
      throw ExtractionError("the reader gave no answer within " + std::to_string(static_cast<long>(limits.wall_seconds)) + " s");
    case ChildOutcome::End::kOutputTooLarge:
      throw ExtractionError("the reader's output is over " + std::to_string(limits.max_output_bytes >> 20) + " MB");
    case ChildOutcome::End::kSignalled:
      if (outcome.signal_number == SIGXCPU || outcome.signal_number == SIGKILL) {
        throw ExtractionError("the reader took more than " + std::to_string(limits.cpu_seconds) + " s of CPU (" +
                              SignalName(outcome.signal_number) + ")");
      }
      throw ExtractionError("the reader crashed on it (" + SignalName(outcome.signal_number) + ")");
    case ChildOutcome::End::kExited:
      break;
  }
  if (outcome.exit_status == kExitMissing) {
    const std::string line = FirstLine(outcome.errors);
    const std::size_t tab = line.find('\t');
    if (tab != std::string::npos) throw MissingComponent(line.substr(tab + 1), line.substr(0, tab));
    throw MissingComponent(line, "");
  }
  if (outcome.exit_status == kExitUnreadable) throw ExtractionError(FirstLine(outcome.errors));
  if (outcome.exit_status != 0) {
    throw ExtractionError("the reader failed (exit status " + std::to_string(outcome.exit_status) + "): " +
                          FirstLine(outcome.errors));
  }
  return ExtractionFromJson(outcome.output);
}

}  // namespace vankien::readers
