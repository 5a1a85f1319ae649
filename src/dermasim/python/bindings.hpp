#pragma once
// The pybind11 module dermasim._core: a thin layer over the library (run/simulate.hpp,
// scenario/scenario_document.hpp, io/run_tables.hpp). Python values cross as TOML values, tables
// as columns; the package dermasim (dermasim/__init__.py) turns those into pandas objects.
#include <pybind11/pybind11.h>
#include <toml++/toml.h>

namespace dermasim::python {

namespace py = pybind11;

/// ScenarioError, FieldRequestError and Cancelled as Python exceptions carrying what the
/// library's carry (file, line, column, key).
void bind_errors(py::module_& m);
void bind_scenario(py::module_& m);
void bind_run(py::module_& m);

/// A Python value (str, bool, int, float, list, tuple, dict) as a TOML value in a one-key table
/// {"value": ...}; anything else is a TypeError naming `key`.
toml::table to_toml_value(const py::handle& value, const std::string& key);
/// A TOML node as a Python value (tables as dicts, arrays as lists).
py::object from_toml(const toml::node& node);

}  // namespace dermasim::python
