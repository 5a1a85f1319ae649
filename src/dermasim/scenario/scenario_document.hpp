#pragma once
// A scenario as the TOML document it is read from, editable key by key. A scenario built or
// changed in code (the Python module, an ensemble varying a key) goes through the loader of
// files after every edit, so that it gets the same checks, ranges, defaults and "did you mean"
// suggestions: there is one validation path. An error about a value set in code names its key
// and says "(set in code)" where a file's error gives the line.
//
// Keys are dotted paths as the loader's messages spell them: "device.needle.length",
// "sessions[1].day" (arrays of tables and lists count from 0; the index one past the end adds an
// entry), "parameters.collagen_crosslinking_rate", "conditions.scars[0].type".
#include <toml++/toml.h>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dermasim/scenario/scenario.hpp"

namespace dermasim::scenario {

/// The source name of a scenario built in code from nothing (ScenarioDocument::from_table).
inline constexpr std::string_view kBuiltInCode = "<scenario built in code>";

class ScenarioDocument {
 public:
  /// Reads and validates; throws ScenarioError as load_scenario_file and friends do.
  static ScenarioDocument from_file(const std::filesystem::path& path);
  static ScenarioDocument from_text(std::string text, std::string source_name,
                                    std::string scenario_name);
  static ScenarioDocument built_in_default();
  /// A document built in code (its values have no lines: their errors say "set in code").
  static ScenarioDocument from_table(toml::table table, std::string scenario_name);

  /// The validated scenario of the document as it stands.
  const Scenario& scenario() const { return scenario_; }

  /// One change: a key and its new value, or no value to remove the key.
  struct Edit {
    std::string key;
    std::optional<toml::table> value;  // the value under the key "value" (a node is abstract)
  };
  /// Applies the edits in order and validates the whole document once. On any error (a
  /// malformed key, an index past the end, anything the loader rejects) it throws
  /// ScenarioError and the document is left as it was.
  void apply(const std::vector<Edit>& edits);

  void set(std::string_view key, const toml::node& value);
  void set(std::string_view key, std::string_view value) {
    set(key, toml::value<std::string>(std::string(value)));
  }
  void set(std::string_view key, const char* value) { set(key, std::string_view(value)); }
  void set(std::string_view key, double value) { set(key, toml::value<double>(value)); }
  void set(std::string_view key, std::int64_t value) { set(key, toml::value<std::int64_t>(value)); }
  void set(std::string_view key, int value) { set(key, std::int64_t(value)); }
  void set(std::string_view key, bool value) { set(key, toml::value<bool>(value)); }
  /// Removes a key (its default applies again); an absent key is an error.
  void erase(std::string_view key);

  /// The value at a key of the resolved scenario (every default filled in, units explicit), or
  /// null when the resolved scenario has no such key.
  const toml::node* resolved(std::string_view key) const;
  /// The keys set or removed in code so far, in order.
  std::vector<std::string> edited_keys() const;
  /// The document as it stands: the file's (or the table's) values with the edits applied.
  toml::table document() const;

 private:
  ScenarioDocument(std::optional<std::string> text, toml::table base, std::string source_name,
                   std::string scenario_name);
  toml::table build(const std::vector<Edit>& edits) const;
  void validate(std::vector<Edit> edits);

  // The file's text is parsed again for every validation, rather than the parsed table kept:
  // toml++ drops a node's line when it copies it, and the lines are what file errors report.
  std::optional<std::string> text_;
  toml::table base_;  // the document built in code, when there is no text
  std::string source_, name_;
  std::vector<Edit> edits_;
  Scenario scenario_;
  toml::table resolved_;
};

/// Parses scenario TOML; a syntax error is a ScenarioError located in `source_name`.
toml::table parse_scenario_text(const std::string& text, const std::string& source_name);
/// The text of a scenario file; a directory or an unreadable path is a ScenarioError.
std::string read_scenario_file(const std::filesystem::path& path);
/// The loader on a parsed document. `note`, when not empty, is a comment line of the resolved
/// scenario after its source (e.g. which keys were set in code).
Scenario load_scenario_table(const toml::table& doc, const std::string& source_name,
                             const std::string& scenario_name, const std::string& note = "");

}  // namespace dermasim::scenario
