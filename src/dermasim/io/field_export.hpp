#pragma once
// The fields of one run (`dermasim run --fields`): fields.h5 is opened under a temporary name
// before the healing run, each field is written when the run reaches its time (nothing is kept
// in memory), and write_run_outputs finishes it with the injury field and fields.xdmf.
#include <filesystem>
#include <memory>

#include "dermasim/io/field_file.hpp"
#include "dermasim/io/field_selection.hpp"
#include "dermasim/simulation/healing_domain.hpp"
#include "dermasim/simulation/healing_run.hpp"
#include "dermasim/simulation/injury_stage.hpp"

namespace dermasim::io {

class FieldExport {
 public:
  /// Creates `dir` if needed and the temporary fields.h5 in it, on the domain's healing grid.
  FieldExport(const std::filesystem::path& dir, FieldRequest request,
              const simulation::HealingDomain& domain);

  /// What simulation::run_healing feeds; it refers to this object, which must outlive the run.
  simulation::FieldSampling sampling();

  /// Writes the injury stage's damaged fraction when "damage" was asked for, checks that every
  /// requested field was written, and moves fields.h5 and fields.xdmf into place.
  void finish(const simulation::InjuryStage& stage);

  /// Wall time spent writing fields so far (s), for the run's log.
  double write_seconds() const { return write_seconds_; }

 private:
  std::filesystem::path dir_;
  FieldRequest request_;
  std::unique_ptr<FieldFile> file_;
  double write_seconds_ = 0;
};

}  // namespace dermasim::io
