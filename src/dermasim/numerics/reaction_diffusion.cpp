#include "dermasim/numerics/reaction_diffusion.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>

namespace dermasim::numerics {

ReactionDiffusion::ReactionDiffusion(const grid::Grid3D& grid, std::vector<DiffusionSpec> species,
                                     const Kinetics* kinetics, StepperOptions options)
    : fields_(grid, int(species.size())),
      species_(std::move(species)),
      kinetics_(kinetics),
      options_(std::move(options)),
      diffusion_(grid),
      structure_(kinetics ? JacobianStructure::of(*kinetics) : JacobianStructure::dense(1)),
      next_dt_(options_.dt_initial) {
  if (kinetics_ && kinetics_->species() != fields_.species())
    throw std::invalid_argument("kinetics and diffusion declare different species counts");
  if (fields_.species() > kMaxKineticSpecies) throw std::invalid_argument("too many species");
  scaled_atol_ = options_.absolute_tolerance.empty();
  if (scaled_atol_) options_.absolute_tolerance.assign(species_.size(), 0.0);
  if (!options_.lower_bound_by_plane.empty()) {
    if (options_.lower_bound_by_plane.size() != species_.size())
      throw std::invalid_argument("lower_bound_by_plane needs one entry per species");
    for (const auto& b : options_.lower_bound_by_plane)
      if (int(b.size()) != grid.nz)
        throw std::invalid_argument("lower_bound_by_plane needs one value per depth plane");
  }
  for (const auto& s : species_)
    if (int(s.diffusivity_by_plane.size()) != grid.nz ||
        int(s.partition_by_plane.size()) != grid.nz)
      throw std::invalid_argument("a species' plane coefficients do not match the grid depth");
}

bool ReactionDiffusion::react(grid::FieldSet& f, double t, double dt) {
  if (!kinetics_) return true;
  const grid::Grid3D& g = f.grid();
  const int n = f.species();
  const std::size_t nv = g.size();
  double* data = f.raw().data();
  if (kinetics_substep_.size() != nv) kinetics_substep_.assign(nv, 0.0);
  const std::size_t nnz = std::size_t(structure_.nonzeros());
  if (jacobian_attempt_.size() != nv) {
    jacobian_attempt_.assign(nv, 0);
    kinetics_jacobian_.assign(nv * nnz, 0.0f);
  }
  const bool exact = kinetics_->has_exact_flow();
  std::atomic<bool> failed{false};
  // Rows are handed out dynamically: the cost of a voxel's kinetics varies by orders of magnitude
  // (an injured voxel near the surface takes many substeps, intact tissue one).
#pragma omp parallel for collapse(2) schedule(dynamic)
  for (int k = 0; k < g.nz; ++k) {
    for (int j = 0; j < g.ny; ++j) {
      std::array<double, kMaxKineticSpecies> u{};
      for (int i = 0; i < g.nx; ++i) {
        const std::size_t v = g.index(i, j, k);
        for (int s = 0; s < n; ++s) u[s] = data[std::size_t(s) * nv + v];
        const VoxelInfo where{i, j, k, g.x_center(i), g.y_center(j), g.z_center(k), v};
        KeptJacobian kept{kinetics_jacobian_.data() + v * nnz, jacobian_attempt_[v] == attempt_};
        if (exact ? !kinetics_->exact_flow(t, dt, u.data(), where)
                  : !rosenbrock_integrate(*kinetics_, structure_, t, dt, u.data(), where,
                                          options_.kinetics_tolerance, nullptr,
                                          &kinetics_substep_[v], &kept))
          failed = true;
        if (kept.use) jacobian_attempt_[v] = attempt_;
        for (int s = 0; s < n; ++s) data[std::size_t(s) * nv + v] = u[s];
      }
    }
  }
  return !failed;
}

void ReactionDiffusion::diffuse(grid::FieldSet& f, double dt) {
  std::vector<grid::FieldView> views;
  std::vector<const DiffusionSpec*> specs;
  for (int s = 0; s < f.species(); ++s) {
    views.push_back(f.view(s));
    specs.push_back(&species_[std::size_t(s)]);
  }
  diffusion_.step_all(views, specs, dt, options_.scheme);
  for (const auto& c : options_.chemotaxis) chemotaxis_step(f, c, dt);
}

bool ReactionDiffusion::strang(grid::FieldSet& f, double t, double dt) {
  if (!react(f, t, 0.5 * dt)) return false;
  diffuse(f, dt);
  return react(f, t + 0.5 * dt, 0.5 * dt);
}

bool ReactionDiffusion::strang_twice(grid::FieldSet& f, double t, double dt) {
  // The two middle kinetics half steps are one flow over dt: one call instead of two.
  if (!react(f, t, 0.5 * dt)) return false;
  diffuse(f, dt);
  if (!react(f, t + 0.5 * dt, dt)) return false;
  diffuse(f, dt);
  return react(f, t + 1.5 * dt, 0.5 * dt);
}

void ReactionDiffusion::step_fixed(double dt) {
  ++attempt_;
  if (!strang(fields_, time_, dt))
    throw StepFailure(fmt::format(
        "the kinetics could not be integrated over {:.3g} s at t = {:.6g} s", dt, time_));
  time_ += dt;
  ++stats_.accepted;
  stats_.last_dt = dt;
}

int ReactionDiffusion::order() const {
  return options_.scheme == DiffusionScheme::tr_bdf2 ? 2 : 1;
}

void ReactionDiffusion::clip(grid::FieldSet& f) {
  const grid::Grid3D& g = f.grid();
  const std::size_t nv = g.size(), plane = std::size_t(g.nx) * std::size_t(g.ny);
  long clipped = 0;
  for (int s = 0; s < f.species(); ++s) {
    double* d = f.raw().data() + std::size_t(s) * nv;
    const std::vector<double>* bound = options_.lower_bound_by_plane.empty()
                                           ? nullptr
                                           : &options_.lower_bound_by_plane[std::size_t(s)];
#pragma omp parallel for reduction(+ : clipped) schedule(static)
    for (std::size_t v = 0; v < nv; ++v) {
      const double b = bound ? (*bound)[v / plane] : 0.0;
      if (d[v] < b) {
        d[v] = b;
        ++clipped;
      }
    }
  }
  stats_.clipped_values += clipped;
}

std::string ReactionDiffusion::describe_violation(const grid::FieldSet& f) const {
  const grid::Grid3D& g = f.grid();
  const std::size_t nv = g.size(), plane = std::size_t(g.nx) * std::size_t(g.ny);
  for (int s = 0; s < f.species(); ++s) {
    const double* d = f.raw().data() + std::size_t(s) * nv;
    double peak = 0.0;
    for (std::size_t v = 0; v < nv; ++v) peak = std::max(peak, std::abs(d[v]));
    const double slack =
        options_.absolute_tolerance[std::size_t(s)] + options_.relative_tolerance * peak;
    for (std::size_t v = 0; v < nv; ++v) {
      const double bound = options_.lower_bound_by_plane.empty()
                               ? 0.0
                               : options_.lower_bound_by_plane[std::size_t(s)][v / plane];
      if (!std::isfinite(d[v]) || d[v] < bound - slack)
        return fmt::format("species {} at voxel ({}, {}, {}) is {:.10g}, below {:.10g}", s,
                           int(v % std::size_t(g.nx)),
                           int((v / std::size_t(g.nx)) % std::size_t(g.ny)), int(v / plane), d[v],
                           bound - slack);
    }
  }
  return "no violation found";
}

bool ReactionDiffusion::admissible(const grid::FieldSet& f) const {
  const std::size_t nv = f.grid().size();
  bool ok = true;
  for (int s = 0; s < f.species() && ok; ++s) {
    const double* d = f.raw().data() + std::size_t(s) * nv;
    // An undershoot within the error tolerance is part of the error the step control accepts
    // (TR-BDF2 is not positivity-preserving: its stability function dips to -0.21); anything
    // below -(atol + rtol max|u|) is a failed step.
    double peak = 0.0;
#pragma omp parallel for reduction(max : peak) schedule(static)
    for (std::size_t v = 0; v < nv; ++v) peak = std::max(peak, std::abs(d[v]));
    const double slack =
        options_.absolute_tolerance[std::size_t(s)] + options_.relative_tolerance * peak;
    const std::vector<double>* bound = options_.lower_bound_by_plane.empty()
                                           ? nullptr
                                           : &options_.lower_bound_by_plane[std::size_t(s)];
    const std::size_t plane = std::size_t(f.grid().nx) * std::size_t(f.grid().ny);
#pragma omp parallel for reduction(&& : ok) schedule(static)
    for (std::size_t v = 0; v < nv; ++v) {
      const double floor = (bound ? (*bound)[v / plane] : 0.0) - slack;
      ok = ok && std::isfinite(d[v]) && d[v] >= floor;
    }
  }
  return ok;
}

double ReactionDiffusion::error_norm(const grid::FieldSet& coarse, const grid::FieldSet& fine) {
  const std::size_t nv = fine.grid().size();
  double norm = 0.0;
  int limiting = 0;
  for (int s = 0; s < fine.species(); ++s) {
    const double atol = options_.absolute_tolerance[std::size_t(s)];
    const double rtol = options_.relative_tolerance;
    const double* a = coarse.raw().data() + std::size_t(s) * nv;
    const double* b = fine.raw().data() + std::size_t(s) * nv;
    double species_norm = 0.0;
#pragma omp parallel for reduction(max : species_norm) schedule(static)
    for (std::size_t v = 0; v < nv; ++v)
      species_norm = std::max(species_norm, std::abs(a[v] - b[v]) / (atol + rtol * std::abs(b[v])));
    if (species_norm > norm) {
      norm = species_norm;
      limiting = s;
    }
  }
  if (stats_.limiting_species.size() != std::size_t(fine.species()))
    stats_.limiting_species.assign(std::size_t(fine.species()), 0);
  ++stats_.limiting_species[std::size_t(limiting)];
  return norm / double((1 << order()) - 1);  // Richardson: the error of the finer result
}

void ReactionDiffusion::advance_to(double t_end, const std::function<void(double)>& on_step) {
  if (!options_.adaptive) {
    grid::FieldSet trial;
    while (time_ < t_end - 1e-12 * std::max(1.0, std::abs(t_end))) {
      const double dt = std::min(options_.dt_initial, t_end - time_);
      // Step a copy: a failed step must leave the last good state, never NaN, in fields_.
      trial = fields_;
      ++attempt_;
      if (!strang(trial, time_, dt) || !admissible(trial))
        throw StepFailure(fmt::format(
            "non-finite or negative values after a fixed step of {:.3g} s from t = {:.6g} s; the "
            "state at t = {:.6g} s is kept and completed outputs are intact",
            dt, time_, time_));
      std::swap(fields_, trial);
      const bool last = dt >= t_end - time_;
      time_ = last ? t_end : time_ + dt;  // land exactly on t_end, whatever the round-off
      ++stats_.accepted;
      stats_.last_dt = dt;
      if (on_step) on_step(time_);
    }
    return;
  }
  grid::FieldSet coarse, fine;
  while (time_ < t_end) {
    if (scaled_atol_) {
      // No absolute tolerance given: 1e-6 of each species' current peak, so that the control
      // does not depend on the units a model counts in (a floor keeps an all-zero species sane).
      const std::size_t nv = fields_.grid().size();
      for (int sp = 0; sp < fields_.species(); ++sp) {
        const double* d = fields_.raw().data() + std::size_t(sp) * nv;
        double peak = 0.0;
#pragma omp parallel for reduction(max : peak) schedule(static)
        for (std::size_t v = 0; v < nv; ++v) peak = std::max(peak, std::abs(d[v]));
        options_.absolute_tolerance[std::size_t(sp)] = std::max(1e-6 * peak, 1e-300);
      }
    }
    double dt = std::min({next_dt_, options_.dt_max, t_end - time_});
    const bool last = dt >= t_end - time_;
    if (dt < options_.dt_min && !last)
      throw StepFailure(fmt::format(
          "the time step fell to {:.3g} s (below dt_min = {:.3g} s) at t = {:.6g} s: the model is "
          "too stiff or has blown up; completed outputs are intact",
          dt, options_.dt_min, time_));
    ++attempt_;  // every attempt starts from a state no kept Jacobian was evaluated at
    coarse = fields_;
    fine = fields_;
    const bool integrated = strang(coarse, time_, dt) && strang_twice(fine, time_, 0.5 * dt);
    if (!integrated || !admissible(fine) || !admissible(coarse)) {
      ++stats_.rejected_negative;
      next_dt_ = 0.25 * dt;
      if (next_dt_ < options_.dt_min)
        throw StepFailure(fmt::format(
            "negative values beyond the tolerance, or non-finite values, persist at t = {:.6g} s "
            "down to dt = {:.3g} s (below dt_min): an undershoot the scheme cannot resolve or a "
            "blow-up of the model ({}); completed outputs are intact",
            time_, dt,
            !integrated ? "the kinetics of a voxel could not be integrated"
                        : describe_violation(admissible(fine) ? coarse : fine)));
      continue;
    }
    const double err = error_norm(coarse, fine);
    const double factor = err > 0 ? 0.9 * std::pow(err, -1.0 / (order() + 1)) : 4.0;
    if (err > 1.0) {
      ++stats_.rejected_error;
      next_dt_ = dt * std::clamp(factor, 0.2, 0.9);
      continue;
    }
    std::swap(fields_, fine);
    if (options_.clip_to_lower_bound) clip(fields_);
    time_ = last ? t_end : time_ + dt;
    ++stats_.accepted;
    stats_.last_dt = dt;
    // A last step cut short to land on t_end says nothing about the dynamics: not counted.
    if (!last || stats_.accepted == 1)
      stats_.smallest_dt = stats_.accepted == 1 ? dt : std::min(stats_.smallest_dt, dt);
    stats_.largest_dt = std::max(stats_.largest_dt, dt);
    if (!last) next_dt_ = dt * std::clamp(factor, 0.2, 4.0);
    if (on_step) on_step(time_);
  }
}

}  // namespace dermasim::numerics
