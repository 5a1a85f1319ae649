#pragma once
// fields.h5 and its XDMF 3 index fields.xdmf: 3D fields that ParaView (and h5py) open. The
// writer knows grids and named arrays, not biology; io/field_export feeds it from a run.
//
// HDF5 layout (README, "Outputs"):
//   /grid/<grid>/{x_um,y_um,z_um}   cell-centre coordinates of each grid (grid: healing, injury)
//   /healing/t<i>/<name>            a healing-grid field at the i-th time, in increasing time
//   /injury/<name>                  an injury-grid field, at one time
// Datasets are double, shape nz x ny x nx: Grid3D stores x fastest and z slowest, which is C
// order with dimensions (nz, ny, nx), the order of XDMF's Dimensions. Attributes: `unit`,
// `time_s` and `time_h` on each field, and the times on each t<i> group.
#include <cstdint>
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "dermasim/grid/grid3d.hpp"

namespace dermasim::io {

class FieldFile {
 public:
  /// Creates the HDF5 file under a temporary name beside `h5_path` (its final name, which the
  /// index refers to), with the healing grid's coordinates.
  FieldFile(std::filesystem::path h5_path, const grid::Grid3D& healing);
  /// An uncommitted file (a run that failed) is closed and removed.
  ~FieldFile();
  FieldFile(const FieldFile&) = delete;
  FieldFile& operator=(const FieldFile&) = delete;

  /// Writes /healing/t<index>/<name>: one value per voxel of the healing grid, in `unit`, at
  /// `time_s` after the first session.
  void write_healing(std::size_t index, double time_s, const std::string& name,
                     const std::string& unit, std::span<const double> values);
  /// Writes /injury/<name> on grid `g` (and /grid/injury with the first) at `time_s`, with a
  /// description. All injury fields share one grid and one time.
  void write_injury(const grid::Grid3D& g, double time_s, const std::string& name,
                    const std::string& unit, const std::string& description,
                    std::span<const double> values);

  /// The XDMF 3 index of what has been written: a temporal collection of the healing grid (one
  /// uniform grid per time, time in hours) beside the injury grid at its time, in a spatial
  /// collection; 3DCoRectMesh geometry in micrometres with z into the skin.
  std::string xdmf() const;

  /// Closes the HDF5 file and moves it to its name, then writes the index to `xdmf_path`; each
  /// atomically, the data before the index that refers to it.
  void commit(const std::filesystem::path& xdmf_path);

  /// Names written so far at healing time `index` (empty for an unwritten index).
  std::vector<std::string> healing_names(std::size_t index) const;

 private:
  struct Field {
    std::string name, unit;
  };
  struct Step {
    double time_s = 0;
    std::vector<Field> fields;
  };
  void write_grid(const std::string& name, const grid::Grid3D& g);
  void write_field(const std::string& group, const std::string& name, const grid::Grid3D& g,
                   std::span<const double> values, const std::string& unit, const double* time_s,
                   const std::string& description);
  void close();

  std::filesystem::path path_, tmp_;
  std::int64_t file_ = -1;  // hid_t
  grid::Grid3D healing_, injury_;
  std::map<std::size_t, Step> steps_;
  Step injury_step_;
  bool committed_ = false;
};

}  // namespace dermasim::io
