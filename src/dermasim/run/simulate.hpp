#pragma once
// The run as one library call: scenario -> punctures and injury -> healing (3D or well-mixed) ->
// clinical outcomes -> serum, returned in memory. The command line, the tests and the Python
// module all run through it; it writes nothing (io::write_run_outputs writes a RunResult).
//
// It holds no global or static state: two calls on two threads run two independent
// simulations, and give the same bits as the two calls one after the other.
#include "dermasim/run/run_options.hpp"
#include "dermasim/run/run_result.hpp"
#include "dermasim/scenario/scenario.hpp"

namespace dermasim {

/// Runs the scenario. Throws Cancelled when options.stop is triggered, io::FieldRequestError
/// for fields with the well-mixed model, and numerics::StepFailure (a std::runtime_error) when
/// the solver fails.
RunResult simulate(const scenario::Scenario& sc, const RunOptions& options = {});

/// The OpenMP threads simulate() runs this scenario with under these options, on this thread.
int run_threads(const scenario::Scenario& sc, const RunOptions& options);

}  // namespace dermasim
