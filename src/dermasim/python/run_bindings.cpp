// dermasim._core.run and RunResult: run/simulate.hpp for Python. The simulation runs with the
// GIL released; the progress callback takes it back to call Python and to check for signals, so
// that Ctrl-C (KeyboardInterrupt) or a cancel event stops a run through its stop token.
#include <fmt/format.h>
#include <pybind11/functional.h>
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>

#include "bindings.hpp"
#include "dermasim/io/run_outputs.hpp"
#include "dermasim/io/run_tables.hpp"
#include "dermasim/io/serum_outputs.hpp"
#include "dermasim/parameters/parameter_set.hpp"
#include "dermasim/report/outcome_table.hpp"
#include "dermasim/run/simulate.hpp"
#include "dermasim/scenario/scenario_document.hpp"

namespace dermasim::python {

namespace {

using Result = std::shared_ptr<RunResult>;

simulation::Fidelity fidelity_of(const std::string& name) {
  for (auto f : {simulation::Fidelity::three_d, simulation::Fidelity::well_mixed})
    if (simulation::fidelity_name(f) == name) return f;
  throw py::value_error(fmt::format("fidelity: \"{}\" is not one of \"3d\", \"well_mixed\"", name));
}

/// A list of names or times, or one comma-separated string, as parse_field_request reads them.
std::string comma_list(const py::handle& items) {
  if (items.is_none()) return "";
  if (py::isinstance<py::str>(items)) return items.cast<std::string>();
  std::string out;
  for (const py::handle item : items) {
    if (!out.empty()) out += ',';
    out += py::str(item).cast<std::string>();
  }
  return out;
}

/// A table's columns, in order: (name, values), values as a float array (NaN: an empty cell),
/// an int64 array, or a list of str.
py::list columns_of(const io::Table& table) {
  py::list out;
  for (const io::Column& c : table) {
    py::object values;
    if (c.kind == io::Column::Kind::real) {
      py::array_t<double> a(py::ssize_t(c.reals.size()));
      auto v = a.mutable_unchecked<1>();
      for (std::size_t i = 0; i < c.reals.size(); ++i)
        v(py::ssize_t(i)) = c.reals[i] ? *c.reals[i] : std::numeric_limits<double>::quiet_NaN();
      values = std::move(a);
    } else if (c.kind == io::Column::Kind::integer) {
      values = py::array_t<std::int64_t>(py::ssize_t(c.integers.size()), c.integers.data());
    } else {
      values = py::cast(c.texts);
    }
    out.append(py::make_tuple(c.name, values));
  }
  return out;
}

/// The precision of each real column as the file writes it ("%.6g"), for comparing with files.
py::dict formats_of(const io::Table& table) {
  py::dict out;
  for (const io::Column& c : table)
    out[py::str(c.name)] = c.kind == io::Column::Kind::real
                               ? fmt::format("%.{}{}", c.precision, c.style)
                               : std::string(c.kind == io::Column::Kind::integer ? "%d" : "%s");
  return out;
}

io::Table table_of(const RunResult& r, const std::string& name) {
  if (name == "timeseries") return io::timeseries_table(r.healing, &r.outcomes);
  if (name == "punctures") return io::punctures_table(r.injury.punctures);
  // A serum's tables by their file's stem (io::serum_files): absorption, absorption_profile
  // for the first; absorption_2, absorption_profile_2 for the second, ...
  for (std::size_t i = 0; i < r.serums.size(); ++i) {
    const auto files = io::serum_files(i);
    const auto stem = [](const std::string& file) { return file.substr(0, file.size() - 4); };
    if (name == stem(files.absorption)) return io::absorption_table(r.serums[i].absorption);
    if (name == stem(files.profile)) return io::absorption_profile_table(r.serums[i].absorption);
  }
  if (name.starts_with("absorption"))
    throw py::value_error(
        fmt::format("no table \"{}\": the scenario has {} serum(s)", name, r.serums.size()));
  throw py::value_error(fmt::format("no table \"{}\"", name));
}

/// Calls Python from the run's progress (GIL re-acquired): the user's callback, the cancel
/// event and the signal handlers. A Python exception (KeyboardInterrupt from Ctrl-C, or the
/// callback's own) stops the run and is raised again when simulate() has returned.
class ProgressBridge {
 public:
  ProgressBridge(py::object callback, py::object cancel)
      : callback_(std::move(callback)), cancel_(std::move(cancel)) {}

  simulation::ProgressFn function() {
    return [this](std::string_view stage, double fraction) { call(stage, fraction); };
  }
  std::stop_token token() const { return stop_.get_token(); }
  /// Raises the Python error that stopped the run, if one did.
  void raise_pending() {
    if (error_) {
      error_->restore();
      error_.reset();
      throw py::error_already_set();
    }
  }

 private:
  void call(std::string_view stage, double fraction) {
    if (stop_.stop_requested()) return;
    py::gil_scoped_acquire gil;
    try {
      if (PyErr_CheckSignals() != 0) throw py::error_already_set();
      if (!cancel_.is_none() && cancel_.attr("is_set")().cast<bool>()) {
        stop_.request_stop();
        return;
      }
      if (!callback_.is_none()) callback_(std::string(stage), fraction);
    } catch (py::error_already_set& e) {
      error_ = std::move(e);
      stop_.request_stop();
    }
  }

  py::object callback_, cancel_;
  std::stop_source stop_;
  std::optional<py::error_already_set> error_;
};

Result run(const scenario::ScenarioDocument& doc, const std::string& fidelity, int threads,
           const py::handle& fields, const py::handle& field_times, py::object progress,
           py::object cancel, bool keep_injury_field) {
  const scenario::Scenario& sc = doc.scenario();
  RunOptions options;
  options.fidelity = fidelity_of(fidelity);
  if (threads < 0) throw py::value_error("threads: 0 (the scenario's, else all cores) or more");
  options.threads = threads;
  options.keep_injury_field = keep_injury_field;
  if (!fields.is_none()) {
    if (options.fidelity == simulation::Fidelity::well_mixed)
      throw io::FieldRequestError("fields: fields need the 3D model (fidelity=\"3d\")");
    options.fields = io::parse_field_request(comma_list(fields), comma_list(field_times), sc,
                                             "fields", "field_times");
  } else if (!field_times.is_none()) {
    throw io::FieldRequestError("field_times: give the fields too (fields=[...])");
  }
  ProgressBridge bridge(std::move(progress), std::move(cancel));
  options.progress = bridge.function();
  options.stop = bridge.token();
  std::optional<RunResult> result;
  std::exception_ptr failure;
  {
    py::gil_scoped_release release;
    try {
      result.emplace(simulate(sc, options));
    } catch (...) {
      failure = std::current_exception();
    }
  }
  bridge.raise_pending();  // a KeyboardInterrupt rather than the Cancelled it caused
  if (failure) std::rethrow_exception(failure);
  return std::make_shared<RunResult>(std::move(*result));
}

py::array_t<double> field_of(const RunResult& r, const std::string& name, const std::string& time) {
  if (!r.fields)
    throw io::FieldRequestError(
        "field: the run kept no fields; ask for them when running, e.g. "
        "dermasim.run(sc, fields=[\"collagen_i\"], field_times=[\"28 d\"])");
  const auto& values = r.fields->at(name, time);
  const grid::Grid3D& g = r.fields->grid;
  py::array_t<double> a({py::ssize_t(g.nz), py::ssize_t(g.ny), py::ssize_t(g.nx)});
  std::copy(values.begin(), values.end(), a.mutable_data());
  return a;
}

py::dict grid_of(const grid::Grid3D& g) {
  auto centres = [](int n, double h) {
    std::vector<double> c;
    for (int i = 0; i < n; ++i) c.push_back((i + 0.5) * h * 1e6);
    return py::array_t<double>(py::ssize_t(c.size()), c.data());
  };
  py::dict d;
  d["x_um"] = centres(g.nx, g.dx);
  d["y_um"] = centres(g.ny, g.dy);
  d["z_um"] = centres(g.nz, g.dz);
  return d;
}

}  // namespace

void bind_run(py::module_& m) {
  py::class_<RunResult, std::shared_ptr<RunResult>>(m, "RunResult",
                                                    "What one run produced (run/run_result.hpp)")
      .def("summary_json", [](const RunResult& r) { return io::run_summary(r).dump(); })
      .def("table", [](const RunResult& r,
                       const std::string& name) { return columns_of(table_of(r, name)); })
      .def("table_formats", [](const RunResult& r,
                               const std::string& name) { return formats_of(table_of(r, name)); })
      .def("outcome_table_json",
           [](const RunResult& r) { return report::outcome_table({io::run_summary(r)}).dump(); })
      .def("field", &field_of, py::arg("name"), py::arg("time"))
      .def("field_unit",
           [](const RunResult&, const std::string& name) -> py::object {
             for (const auto& s : biology::species_info())
               if (s.name == name) return py::str(std::string(s.unit));
             return py::none();
           })
      .def_property_readonly("field_names",
                             [](const RunResult& r) {
                               std::vector<std::string> names;
                               if (r.fields)
                                 for (auto s : r.fields->request.species)
                                   names.emplace_back(biology::species_info()[std::size_t(s)].name);
                               return names;
                             })
      .def_property_readonly("field_times_h",
                             [](const RunResult& r) {
                               std::vector<double> hours;
                               if (r.fields)
                                 for (auto t : r.fields->request.times)
                                   hours.push_back(double(t) / 3600.0);
                               return hours;
                             })
      .def_property_readonly("healing_grid",
                             [](const RunResult& r) { return grid_of(r.domain.grid); })
      .def(
          "save",
          [](const RunResult& r, const std::string& dir) {
            py::gil_scoped_release release;
            io::write_run_outputs(dir, r);
          },
          py::arg("dir"))
      .def_property_readonly("has_serum", [](const RunResult& r) { return !r.serums.empty(); })
      .def_property_readonly("serum_count", [](const RunResult& r) { return int(r.serums.size()); })
      .def_property_readonly("resolved_toml",
                             [](const RunResult& r) { return r.scenario.resolved_toml; })
      .def_property_readonly("scenario_name", [](const RunResult& r) { return r.scenario.name; })
      .def_property_readonly(
          "fidelity",
          [](const RunResult& r) { return std::string(simulation::fidelity_name(r.fidelity)); })
      .def_property_readonly("elapsed_s", [](const RunResult& r) { return r.elapsed_s; });

  m.def(
      "run",
      [](const scenario::ScenarioDocument& doc, const std::string& fidelity, int threads,
         py::object fields, py::object field_times, py::object progress, py::object cancel,
         bool keep_injury_field) {
        return run(doc, fidelity, threads, fields, field_times, std::move(progress),
                   std::move(cancel), keep_injury_field);
      },
      py::arg("scenario"), py::arg("fidelity"), py::arg("threads"), py::arg("fields"),
      py::arg("field_times"), py::arg("progress"), py::arg("cancel"), py::arg("keep_injury_field"));

  m.def("parameters", [] {
    py::list rows;
    const parameters::ParameterSet set = parameters::default_parameters();
    for (const auto& p : set.infos()) {
      py::dict d;
      d["name"] = p.name;
      d["value"] = p.value;
      d["unit"] = p.unit;
      d["min"] = p.min;
      d["max"] = p.max;
      d["source"] = p.source;
      d["description"] = p.description;
      d["range_source"] = p.range_source;
      rows.append(d);
    }
    return rows;
  });
  m.def("field_names", &io::field_names);
}

}  // namespace dermasim::python
