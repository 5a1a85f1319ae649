#pragma once
// The injury field: the fraction of each voxel's volume that the needles destroyed.
#include <functional>
#include <vector>

#include "dermasim/device/puncture.hpp"
#include "dermasim/grid/grid3d.hpp"
#include "dermasim/skin/layers.hpp"

namespace dermasim::injury {

struct InjuryField {
  grid::Grid3D grid;
  std::vector<double> damaged_fraction;  // per voxel, in [0, 1], storage order of Grid3D
  std::vector<double> channel_volume;    // rasterized volume of each puncture's channel (m^3)
};

struct RasterOptions {
  int subsamples = 4;  // per voxel edge, for voxels the channel surface crosses
  /// Called on the calling thread with the fraction of depth planes done (may be empty).
  std::function<void(double)> progress;
};

/// Rasterizes every channel onto the grid. The patch is periodic in x and y (it is a window in a
/// larger treated area): a channel crossing an edge re-enters on the other side. Overlapping
/// channels add up, capped at 1 per voxel. Threads split the depth planes; each voxel sums its
/// channels in puncture order, so the field is identical at any thread count.
InjuryField rasterize(const device::PunctureList& punctures, const grid::Grid3D& grid,
                      const RasterOptions& options = {});

/// Damaged volume / volume of each layer inside the grid (a voxel straddling a boundary shares
/// its damage in proportion to the overlap). Layers the grid does not reach report 0.
std::vector<double> injured_fraction_by_layer(const InjuryField& field,
                                              const skin::LayerStack& skin);

}  // namespace dermasim::injury
