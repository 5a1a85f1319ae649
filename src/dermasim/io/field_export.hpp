#pragma once
// The fields of one run (`dermasim run --fields`) into fields.h5: opened under a temporary name
// when the healing run starts, each field written when the run reaches its time (nothing is kept
// in memory), and finished by write_run_outputs with the injury field and fields.xdmf. A run
// whose fields were kept in memory (RunResult::fields) is written through it too, afterwards.
#include <filesystem>
#include <memory>

#include "dermasim/io/field_file.hpp"
#include "dermasim/io/field_selection.hpp"
#include "dermasim/run/run_options.hpp"
#include "dermasim/simulation/injury_stage.hpp"

namespace dermasim::io {

class FieldExport final : public FieldSink {
 public:
  /// Nothing is created before open().
  FieldExport(std::filesystem::path dir, FieldRequest request);

  /// Creates the folder if needed and the temporary fields.h5 in it, on the healing grid.
  void open(const grid::Grid3D& healing_grid) override;
  void write(std::size_t time_index, simulation::Seconds t, biology::Species species,
             std::span<const double> values) override;

  /// Writes the injury stage's damaged fraction when "damage" was asked for, checks that every
  /// requested field was written, and moves fields.h5 and fields.xdmf into place.
  void finish(const simulation::InjuryStage& stage);

  const FieldRequest& request() const { return request_; }
  /// Wall time spent writing fields so far (s), for the run's log.
  double write_seconds() const { return write_seconds_; }

 private:
  std::filesystem::path dir_;
  FieldRequest request_;
  std::unique_ptr<FieldFile> file_;
  double write_seconds_ = 0;
};

}  // namespace dermasim::io
