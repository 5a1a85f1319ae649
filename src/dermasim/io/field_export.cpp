#include "dermasim/io/field_export.hpp"

#include <fmt/format.h>
#include <chrono>
#include <stdexcept>

namespace dermasim::io {

namespace {
/// Adds the wall time of its scope to `total` (s).
class Stopwatch {
 public:
  explicit Stopwatch(double& total) : total_(total), start_(std::chrono::steady_clock::now()) {}
  ~Stopwatch() {
    total_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  double& total_;
  std::chrono::steady_clock::time_point start_;
};
}  // namespace

FieldExport::FieldExport(std::filesystem::path dir, FieldRequest request)
    : dir_(std::move(dir)), request_(std::move(request)) {}

void FieldExport::open(const grid::Grid3D& healing_grid) {
  std::filesystem::create_directories(dir_);
  file_ = std::make_unique<FieldFile>(dir_ / "fields.h5", healing_grid);
}

void FieldExport::write(std::size_t time_index, simulation::Seconds t, biology::Species species,
                        std::span<const double> values) {
  if (!file_) throw std::logic_error("FieldExport::write before open");
  const Stopwatch watch(write_seconds_);
  // Units as the engine holds them, which are timeseries.csv's (biology/species.hpp).
  const auto& info = biology::species_info()[std::size_t(species)];
  file_->write_healing(time_index, double(t), std::string(info.name), std::string(info.unit),
                       values);
}

void FieldExport::finish(const simulation::InjuryStage& stage) {
  if (!file_) throw std::logic_error("FieldExport::finish before open");
  const Stopwatch watch(write_seconds_);
  for (std::size_t i = 0; i < request_.times.size(); ++i)
    if (file_->healing_names(i).size() != request_.species.size())
      throw std::logic_error(fmt::format("fields at {} s were not all written", request_.times[i]));
  if (request_.injury_damage) {
    if (stage.field.damaged_fraction.size() != stage.field.grid.size())
      throw std::logic_error("the injury field was not kept for the \"damage\" field");
    // At the first session's time, 0. The injury stage rasterizes every session's punctures
    // together (the field summary.json and injury_cross_section.png describe): with several
    // sessions it holds all their channels, and the healing grid's `damage` each session's own.
    file_->write_injury(stage.field.grid, 0.0, "damage", "1",
                        "damaged volume fraction of the injury stage: the channels of every "
                        "session on the injury grid, overlapping channels capped at 1",
                        stage.field.damaged_fraction);
  }
  file_->commit(dir_ / "fields.xdmf");
}

}  // namespace dermasim::io
