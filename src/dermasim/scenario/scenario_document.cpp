#include "dermasim/scenario/scenario_document.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cctype>

#include "dermasim/scenario/scenario_error.hpp"

namespace dermasim::scenario {

namespace {

/// One step of a key path: a table key, then any indices into arrays ("sessions[1]").
struct Step {
  std::string name;
  std::vector<std::size_t> indices;
};

[[noreturn]] void fail(const std::string& source, std::string_view key,
                       const std::string& message) {
  throw ScenarioError(SourceLocation{source, 0, 0, true}, std::string(key), message);
}

bool bare_key_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

/// "a.b[2].c" -> {a}, {b, [2]}, {c}; the loader's spelling of keys in its messages.
std::vector<Step> parse_path(const std::string& source, std::string_view key) {
  const auto malformed = [&](const std::string& why) {
    fail(source, key,
         fmt::format("not a key: {} (write keys as the errors name them, e.g. "
                     "\"device.needle.length\" or \"sessions[1].day\")",
                     why));
  };
  std::vector<Step> path;
  std::size_t i = 0;
  while (true) {
    Step step;
    while (i < key.size() && bare_key_char(key[i])) step.name += key[i++];
    if (step.name.empty()) malformed("an empty name");
    while (i < key.size() && key[i] == '[') {
      const std::size_t close = key.find(']', i);
      const std::string_view digits =
          close == std::string_view::npos ? std::string_view{} : key.substr(i + 1, close - i - 1);
      if (digits.empty() || digits.size() > 9 ||
          !std::all_of(digits.begin(), digits.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        malformed("an index is a whole number in brackets");
      step.indices.push_back(std::stoul(std::string(digits)));
      i = close + 1;
    }
    path.push_back(std::move(step));
    if (i == key.size()) return path;
    if (key[i] != '.') malformed(fmt::format("unexpected '{}'", key[i]));
    ++i;
  }
}

std::string node_kind(const toml::node& n) {
  if (n.is_table()) return "a table";
  if (n.is_array()) return "a list";
  if (n.is_string()) return "a string";
  if (n.is_boolean()) return "a boolean";
  if (n.is_number()) return "a number";
  return "a date or time";
}

/// The path up to and including step `upto`, as the loader names it ("sessions[1]").
std::string prefix(const std::vector<Step>& path, std::size_t upto, std::size_t indices) {
  std::string out;
  for (std::size_t s = 0; s <= upto; ++s) {
    if (s > 0) out += ".";
    out += path[s].name;
    const std::size_t n = s < upto ? path[s].indices.size() : indices;
    for (std::size_t k = 0; k < n; ++k) out += fmt::format("[{}]", path[s].indices[k]);
  }
  return out;
}

/// Applies one edit to `doc`. Missing tables on the way are created; an index one past the end
/// of an array adds an element (a table when the path goes on).
void apply_edit(toml::table& doc, const std::string& source, const ScenarioDocument::Edit& edit) {
  const std::vector<Step> path = parse_path(source, edit.key);
  const toml::node* value = edit.value ? edit.value->get("value") : nullptr;
  if (edit.value && !value) throw std::logic_error("an edit's value is stored under \"value\"");
  toml::table* table = &doc;
  for (std::size_t s = 0; s < path.size(); ++s) {
    const Step& step = path[s];
    const bool last_step = s + 1 == path.size();
    // The node at step.name, or where it goes.
    toml::node* node = table->get(step.name);
    if (last_step && step.indices.empty()) {
      if (value) {
        table->insert_or_assign(step.name, *value);
      } else if (!node) {
        fail(source, edit.key, "cannot remove it: the scenario does not give it");
      } else {
        table->erase(step.name);
      }
      return;
    }
    if (!node) {
      if (!value) fail(source, edit.key, "cannot remove it: the scenario does not give it");
      if (step.indices.empty()) {
        node = table->insert(step.name, toml::table{}).first->second.as_table();
      } else {
        node = table->insert(step.name, toml::array{}).first->second.as_array();
      }
    }
    for (std::size_t k = 0; k < step.indices.size(); ++k) {
      toml::array* array = node->as_array();
      if (!array)
        fail(source, edit.key,
             fmt::format("'{}' is {}, not a list", prefix(path, s, k), node_kind(*node)));
      const std::size_t index = step.indices[k];
      const bool last_index = last_step && k + 1 == step.indices.size();
      if (index > array->size() || (index == array->size() && !value))
        fail(source, edit.key,
             fmt::format("'{}' has {} entries (from [0]); [{}] is past its end{}",
                         prefix(path, s, k), array->size(), index,
                         value ? fmt::format(" ([{}] adds one)", array->size()) : ""));
      if (last_index) {
        if (!value)
          array->erase(array->begin() + std::ptrdiff_t(index));
        else if (index == array->size())
          array->push_back(*value);
        else
          array->replace(array->begin() + std::ptrdiff_t(index), *value);
        return;
      }
      if (index == array->size()) {
        // The path goes on: a table, or a list when another index follows.
        if (k + 1 < step.indices.size())
          array->push_back(toml::array{});
        else
          array->push_back(toml::table{});
      }
      node = array->get(index);
    }
    table = node->as_table();
    if (!table)
      fail(source, edit.key,
           fmt::format("'{}' is {}, not a table", prefix(path, s, step.indices.size()),
                       node_kind(*node)));
  }
}

/// The resolved scenario's note of what was changed in code: each key once, in order.
std::string edit_note(const std::vector<ScenarioDocument::Edit>& edits) {
  std::vector<std::string> keys;
  for (const auto& e : edits) {
    std::string k = e.value ? e.key : e.key + " (removed)";
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
  }
  std::string note;
  for (const auto& k : keys) note += (note.empty() ? "Set in code: " : ", ") + k;
  return note;
}

}  // namespace

ScenarioDocument::ScenarioDocument(std::optional<std::string> text, toml::table base,
                                   std::string source_name, std::string scenario_name)
    : text_(std::move(text)),
      base_(std::move(base)),
      source_(std::move(source_name)),
      name_(std::move(scenario_name)) {
  validate({});
}

ScenarioDocument ScenarioDocument::from_file(const std::filesystem::path& path) {
  return ScenarioDocument(read_scenario_file(path), {}, path.string(), path.stem().string());
}

ScenarioDocument ScenarioDocument::from_text(std::string text, std::string source_name,
                                             std::string scenario_name) {
  return ScenarioDocument(std::move(text), {}, std::move(source_name), std::move(scenario_name));
}

ScenarioDocument ScenarioDocument::built_in_default() {
  return from_text(default_scenario_text(), "<built-in default>", "default");
}

ScenarioDocument ScenarioDocument::from_table(toml::table table, std::string scenario_name) {
  return ScenarioDocument(std::nullopt, std::move(table), std::string(kBuiltInCode),
                          std::move(scenario_name));
}

toml::table ScenarioDocument::build(const std::vector<Edit>& edits) const {
  toml::table doc = text_ ? parse_scenario_text(*text_, source_) : base_;
  for (const Edit& e : edits) apply_edit(doc, source_, e);
  return doc;
}

void ScenarioDocument::validate(std::vector<Edit> edits) {
  const toml::table doc = build(edits);
  Scenario sc = load_scenario_table(doc, source_, name_, edit_note(edits));
  toml::table resolved = toml::parse(sc.resolved_toml, source_);
  // Only a document that loads is kept.
  scenario_ = std::move(sc);
  resolved_ = std::move(resolved);
  edits_ = std::move(edits);
}

void ScenarioDocument::apply(const std::vector<Edit>& edits) {
  std::vector<Edit> all = edits_;
  all.insert(all.end(), edits.begin(), edits.end());
  validate(std::move(all));
}

void ScenarioDocument::set(std::string_view key, const toml::node& value) {
  Edit e{std::string(key), toml::table{}};
  e.value->insert("value", value);
  apply({std::move(e)});
}

void ScenarioDocument::erase(std::string_view key) {
  apply({Edit{std::string(key), std::nullopt}});
}

const toml::node* ScenarioDocument::resolved(std::string_view key) const {
  const toml::node* node = &resolved_;
  for (const Step& step : parse_path(source_, key)) {
    const toml::table* t = node->as_table();
    node = t ? t->get(step.name) : nullptr;
    for (std::size_t index : step.indices) {
      const toml::array* a = node ? node->as_array() : nullptr;
      node = a ? a->get(index) : nullptr;
    }
    if (!node) return nullptr;
  }
  return node;
}

std::vector<std::string> ScenarioDocument::edited_keys() const {
  std::vector<std::string> keys;
  for (const auto& e : edits_) keys.push_back(e.key);
  return keys;
}

toml::table ScenarioDocument::document() const {
  return build(edits_);
}

}  // namespace dermasim::scenario
