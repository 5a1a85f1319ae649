#pragma once
// What a caller asks of one run (simulate.hpp): the fidelity of the healing model, the threads of
// this call, the 3D fields to keep, and how it hears of progress and asks to stop.
#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <stop_token>

#include "dermasim/biology/species.hpp"
#include "dermasim/grid/grid3d.hpp"
#include "dermasim/io/field_selection.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/simulation/injury_stage.hpp"

namespace dermasim {

/// Thrown by simulate() when its stop token was triggered: the run stopped between two steps
/// and returned nothing, so nothing of it can be written.
class Cancelled : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Where the fields of RunOptions::fields go as the run reaches their times, instead of into the
/// RunResult: io::FieldExport streams them into fields.h5, so that none is held in memory.
class FieldSink {
 public:
  virtual ~FieldSink() = default;
  /// Called once, before the healing run, with the grid the fields are on.
  virtual void open(const grid::Grid3D& healing_grid) = 0;
  /// Each requested species at each requested time (time_index into FieldRequest::times), in
  /// the species' unit, absolute, in Grid3D order (x fastest). `values` lives for the call only.
  virtual void write(std::size_t time_index, simulation::Seconds t, biology::Species species,
                     std::span<const double> values) = 0;
};

struct RunOptions {
  simulation::Fidelity fidelity = simulation::Fidelity::three_d;
  /// OpenMP threads of this call: > 0 as given; 0 the scenario's [simulation] threads, and when
  /// that is 0 too, the calling thread's default (OMP_NUM_THREADS, else every core). Set on the
  /// calling thread only and restored on return, so a run on another thread is not affected.
  int threads = 0;
  /// 3D fields to keep (io::parse_field_request); they need Fidelity::three_d.
  std::optional<io::FieldRequest> fields;
  /// Where the fields go; null: into RunResult::fields.
  FieldSink* field_sink = nullptr;
  /// Keep the injury stage's fine damage field (one double per voxel of the injury grid, often
  /// hundreds of MiB) in the result; kept anyway when the fields ask for "damage". Otherwise it
  /// is freed after the injury stage and RunResult::injury.field holds only its grid.
  bool keep_injury_field = false;
  /// Stage name and fraction done in [0, 1], on the calling thread (the injury stage calls it
  /// from inside an OpenMP region, on its master thread). It must not throw: to stop the run,
  /// trigger `stop`.
  simulation::ProgressFn progress;
  /// Checked between the stages and after every output time and step of the healing model:
  /// when stop is requested, simulate() throws Cancelled.
  std::stop_token stop;
};

}  // namespace dermasim
