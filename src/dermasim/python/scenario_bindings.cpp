// dermasim._core.ScenarioDocument: scenario/scenario_document.hpp for Python.
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "dermasim/scenario/scenario_document.hpp"

namespace dermasim::python {

namespace {

using scenario::ScenarioDocument;

/// Python's (key, value) pairs as edits: None removes the key.
std::vector<ScenarioDocument::Edit> edits_of(const py::iterable& pairs) {
  std::vector<ScenarioDocument::Edit> edits;
  for (const py::handle item : pairs) {
    const auto pair = item.cast<py::tuple>();
    if (pair.size() != 2) throw py::value_error("an edit is a (key, value) pair");
    const std::string key = pair[0].cast<std::string>();
    if (pair[1].is_none())
      edits.push_back({key, std::nullopt});
    else
      edits.push_back({key, to_toml_value(pair[1], key)});
  }
  return edits;
}

}  // namespace

void bind_scenario(py::module_& m) {
  py::class_<ScenarioDocument>(m, "ScenarioDocument",
                               "A scenario as its TOML document, edited by dotted key through the "
                               "file loader (its checks and messages)")
      .def_static(
          "from_file", [](const std::string& path) { return ScenarioDocument::from_file(path); },
          py::arg("path"))
      .def_static("from_text", &ScenarioDocument::from_text, py::arg("text"),
                  py::arg("source_name"), py::arg("scenario_name"))
      .def_static("built_in_default", &ScenarioDocument::built_in_default)
      .def_static(
          "from_dict",
          [](const py::dict& d, const std::string& name) {
            toml::table t = *to_toml_value(d, "").get("value")->as_table();
            return ScenarioDocument::from_table(std::move(t), name);
          },
          py::arg("table"), py::arg("scenario_name"))
      .def(
          "set",
          [](ScenarioDocument& doc, const std::string& key, const py::handle& value) {
            const toml::table v = to_toml_value(value, key);
            doc.set(key, *v.get("value"));
          },
          py::arg("key"), py::arg("value"))
      .def("erase", &ScenarioDocument::erase, py::arg("key"))
      .def(
          "apply",
          [](ScenarioDocument& doc, const py::iterable& pairs) { doc.apply(edits_of(pairs)); },
          py::arg("edits"))
      .def(
          "resolved",
          [](const ScenarioDocument& doc, const std::string& key) -> py::object {
            const toml::node* n = doc.resolved(key);
            return n ? from_toml(*n) : py::none();
          },
          py::arg("key"))
      .def("resolved_dict",
           [](const ScenarioDocument& doc) {
             return from_toml(toml::parse(doc.scenario().resolved_toml, doc.scenario().source));
           })
      .def("document_dict", [](const ScenarioDocument& doc) { return from_toml(doc.document()); })
      .def_property_readonly(
          "resolved_toml", [](const ScenarioDocument& doc) { return doc.scenario().resolved_toml; })
      .def_property_readonly("name",
                             [](const ScenarioDocument& doc) { return doc.scenario().name; })
      .def_property_readonly("source",
                             [](const ScenarioDocument& doc) { return doc.scenario().source; })
      .def_property_readonly("edited_keys", &ScenarioDocument::edited_keys)
      .def("copy", [](const ScenarioDocument& doc) { return ScenarioDocument(doc); });
}

}  // namespace dermasim::python
