// dermasim._core: see bindings.hpp.
#include "bindings.hpp"

#include "dermasim/version.hpp"

PYBIND11_MODULE(_core, m) {
  m.doc() = "dermasim's library, bound for Python: use the package dermasim, not this module";
  m.attr("__version__") = dermasim::kVersion;
  dermasim::python::bind_errors(m);
  dermasim::python::bind_scenario(m);
  dermasim::python::bind_run(m);
}
