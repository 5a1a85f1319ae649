// The library's typed errors as Python exceptions. The classes are attributes of the module,
// looked up when an error is translated (no static state in the module either).
#include <pybind11/pybind11.h>

#include "bindings.hpp"
#include "dermasim/io/field_selection.hpp"
#include "dermasim/report/report.hpp"
#include "dermasim/run/run_options.hpp"
#include "dermasim/scenario/scenario_error.hpp"

namespace dermasim::python {

namespace {

py::object core_attr(const char* name) {
  return py::module_::import("dermasim._core").attr(name);
}

void raise(const char* type, const std::exception& e) {
  const py::object cls = core_attr(type);
  PyErr_SetObject(cls.ptr(), cls(e.what()).ptr());
}

}  // namespace

void bind_errors(py::module_& m) {
  py::exception<scenario::ScenarioError>(m, "ScenarioError", PyExc_ValueError).doc() =
      "A scenario the loader rejects: str(e) is the command line's message; e.file, "
      "e.line, e.column (None when set in code), e.key, e.in_code, e.message";
  py::exception<io::FieldRequestError>(m, "FieldRequestError", PyExc_ValueError).doc() =
      "Fields asked for that the run cannot give, or did not keep";
  py::exception<Cancelled>(m, "Cancelled", PyExc_RuntimeError).doc() =
      "The run was stopped (the cancel event was set): it returned nothing";
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const scenario::ScenarioError& e) {
      const py::object cls = core_attr("ScenarioError");
      const py::object err = cls(e.what());
      const auto& w = e.where();
      err.attr("file") = w.file;
      err.attr("line") = w.line > 0 ? py::object(py::int_(w.line)) : py::none();
      err.attr("column") = w.line > 0 ? py::object(py::int_(w.column)) : py::none();
      err.attr("in_code") = w.in_code;
      err.attr("key") = e.key();
      err.attr("message") = e.message();
      PyErr_SetObject(cls.ptr(), err.ptr());
    } catch (const io::FieldRequestError& e) {
      raise("FieldRequestError", e);
    } catch (const report::RunFolderError& e) {
      PyErr_SetString(PyExc_ValueError, e.what());
    } catch (const Cancelled& e) {
      raise("Cancelled", e);
    }
  });
}

}  // namespace dermasim::python
