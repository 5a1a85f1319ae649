// Python values <-> TOML values: how a notebook's sc["key"] = value reaches the loader.
#include <fmt/format.h>
#include <pybind11/stl.h>

#include "bindings.hpp"

namespace dermasim::python {

namespace {

void insert(toml::table& t, const std::string& k, const py::handle& v, const std::string& where);

toml::array to_array(const py::handle& seq, const std::string& where) {
  toml::array out;
  std::size_t i = 0;
  for (const py::handle item : seq) {
    toml::table one;
    insert(one, "value", item, fmt::format("{}[{}]", where, i++));
    out.push_back(*one.get("value"));
  }
  return out;
}

void insert(toml::table& t, const std::string& k, const py::handle& v, const std::string& where) {
  // bool before int: a Python bool is an int.
  if (py::isinstance<py::bool_>(v)) {
    t.insert_or_assign(k, v.cast<bool>());
  } else if (py::isinstance<py::int_>(v)) {
    t.insert_or_assign(k, v.cast<std::int64_t>());
  } else if (py::isinstance<py::float_>(v)) {
    t.insert_or_assign(k, v.cast<double>());
  } else if (py::isinstance<py::str>(v)) {
    t.insert_or_assign(k, v.cast<std::string>());
  } else if (py::isinstance<py::dict>(v)) {
    toml::table sub;
    for (const auto& [key, value] : v.cast<py::dict>()) {
      const std::string name = py::str(key);
      insert(sub, name, value, where.empty() ? name : where + "." + name);
    }
    t.insert_or_assign(k, std::move(sub));
  } else if (py::isinstance<py::list>(v) || py::isinstance<py::tuple>(v)) {
    t.insert_or_assign(k, to_array(v, where));
  } else {
    throw py::type_error(fmt::format(
        "{}: a {} cannot be a scenario value (give a str such as \"1.5 mm\", a number, a bool, "
        "a list or a dict)",
        where.empty() ? "scenario" : where, std::string(py::str(v.get_type().attr("__name__")))));
  }
}

}  // namespace

toml::table to_toml_value(const py::handle& value, const std::string& key) {
  toml::table t;
  insert(t, "value", value, key);
  return t;
}

py::object from_toml(const toml::node& node) {
  if (const auto* t = node.as_table()) {
    py::dict d;
    for (const auto& [k, v] : *t) d[py::str(std::string(k.str()))] = from_toml(v);
    return d;
  }
  if (const auto* a = node.as_array()) {
    py::list l;
    for (const auto& v : *a) l.append(from_toml(v));
    return l;
  }
  if (const auto* s = node.as_string()) return py::str(s->get());
  if (const auto* i = node.as_integer()) return py::int_(i->get());
  if (const auto* f = node.as_floating_point()) return py::float_(f->get());
  if (const auto* b = node.as_boolean()) return py::bool_(b->get());
  // Dates and times: no scenario key takes one, and the resolved scenario has none.
  throw py::type_error("a date or time in a scenario: no key takes one");
}

}  // namespace dermasim::python
