#include "dermasim/io/field_file.hpp"

#include <fmt/format.h>
#include <hdf5.h>
#include <algorithm>
#include <stdexcept>
#include <type_traits>

#include "dermasim/io/atomic_file.hpp"

namespace dermasim::io {

static_assert(std::is_same_v<hid_t, std::int64_t>, "FieldFile keeps an hid_t as std::int64_t");

namespace {

constexpr double kUm = 1e-6;
// Chunks of about 1 MiB of whole planes: deflate needs chunks, and ParaView reads whole arrays.
constexpr std::size_t kChunkBytes = std::size_t(1) << 20;

/// An HDF5 handle closed when it goes out of scope.
class Handle {
 public:
  Handle(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
  ~Handle() {
    if (id_ >= 0) close_(id_);
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  hid_t get() const { return id_; }

 private:
  hid_t id_;
  herr_t (*close_)(hid_t);
};

/// Numbers in the index: 15 significant digits, so that 99.99999999999999 um reads as 100.
std::string num(double x) {
  return fmt::format("{:.15g}", x);
}

}  // namespace

FieldFile::FieldFile(std::filesystem::path h5_path, const grid::Grid3D& healing)
    : path_(std::move(h5_path)), tmp_(temporary_path_for(path_)), healing_(healing) {
  file_ = H5Fcreate(tmp_.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
  if (file_ < 0) throw std::runtime_error(fmt::format("cannot create {}", tmp_.string()));
  try {
    write_grid("healing", healing_);
  } catch (...) {
    close();
    std::error_code ec;
    std::filesystem::remove(tmp_, ec);
    throw;
  }
}

FieldFile::~FieldFile() {
  if (committed_) return;
  close();
  std::error_code ec;
  std::filesystem::remove(tmp_, ec);
}

void FieldFile::close() {
  if (file_ >= 0) H5Fclose(file_);
  file_ = -1;
}

namespace {

/// Opens the group at `path` ("/a/b"), creating it and its parents as needed.
hid_t open_group(hid_t file, const std::string& path) {
  std::string at;
  std::size_t start = 1;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    at.push_back('/');
    at.append(path, start, end - start);
    if (H5Lexists(file, at.c_str(), H5P_DEFAULT) <= 0) {
      const hid_t g = H5Gcreate2(file, at.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
      if (g < 0) return g;
      H5Gclose(g);
    }
    start = end + 1;
  }
  return H5Gopen2(file, path.c_str(), H5P_DEFAULT);
}

void check(herr_t status, const std::filesystem::path& file, const std::string& what) {
  if (status < 0)
    throw std::runtime_error(fmt::format("writing {}: HDF5 failed on {}", file.string(), what));
}

void attribute(hid_t obj, const char* name, double value, const std::filesystem::path& file) {
  const Handle space(H5Screate(H5S_SCALAR), H5Sclose);
  const Handle a(H5Acreate2(obj, name, H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT),
                 H5Aclose);
  check(a.get() < 0 ? -1 : H5Awrite(a.get(), H5T_NATIVE_DOUBLE, &value), file, name);
}

void attribute(hid_t obj, const char* name, const std::string& value,
               const std::filesystem::path& file) {
  // A fixed-length, null-terminated ASCII string: what h5py and the HDF5 tools read simply.
  const Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
  check(H5Tset_size(type.get(), value.size() + 1), file, name);
  check(H5Tset_strpad(type.get(), H5T_STR_NULLTERM), file, name);
  const Handle space(H5Screate(H5S_SCALAR), H5Sclose);
  const Handle a(H5Acreate2(obj, name, type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
                 H5Aclose);
  check(a.get() < 0 ? -1 : H5Awrite(a.get(), type.get(), value.c_str()), file, name);
}

void write_vector(hid_t group, const char* name, const std::vector<double>& v,
                  const std::filesystem::path& file) {
  const hsize_t n = v.size();
  const Handle space(H5Screate_simple(1, &n, nullptr), H5Sclose);
  const Handle d(
      H5Dcreate2(group, name, H5T_IEEE_F64LE, space.get(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
      H5Dclose);
  check(d.get() < 0 ? -1
                    : H5Dwrite(d.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data()),
        file, name);
  attribute(d.get(), "unit", std::string("um"), file);
}

}  // namespace

void FieldFile::write_grid(const std::string& name, const grid::Grid3D& g) {
  const std::string path = fmt::format("/grid/{}", name);
  const Handle group(open_group(file_, path), H5Gclose);
  check(group.get() < 0 ? -1 : 0, tmp_, path);
  std::vector<double> x, y, z;
  for (int i = 0; i < g.nx; ++i) x.push_back(g.x_center(i) / kUm);
  for (int j = 0; j < g.ny; ++j) y.push_back(g.y_center(j) / kUm);
  for (int k = 0; k < g.nz; ++k) z.push_back(g.z_center(k) / kUm);
  write_vector(group.get(), "x_um", x, tmp_);
  write_vector(group.get(), "y_um", y, tmp_);
  write_vector(group.get(), "z_um", z, tmp_);
  // z is depth: 0 at the skin surface, positive into the skin.
  attribute(group.get(), "z_direction", std::string("depth below the skin surface"), tmp_);
}

void FieldFile::write_field(const std::string& group_path, const std::string& name,
                            const grid::Grid3D& g, std::span<const double> values,
                            const std::string& unit, const double* time_s,
                            const std::string& description) {
  if (file_ < 0) throw std::logic_error("FieldFile: writing after commit");
  if (values.size() != g.size())
    throw std::invalid_argument(
        fmt::format("field {}: {} values for a grid of {} voxels", name, values.size(), g.size()));
  const std::string where = fmt::format("{}/{}", group_path, name);
  const Handle group(open_group(file_, group_path), H5Gclose);
  check(group.get() < 0 ? -1 : 0, tmp_, group_path);
  const hsize_t dims[3] = {hsize_t(g.nz), hsize_t(g.ny), hsize_t(g.nx)};
  const Handle space(H5Screate_simple(3, dims, nullptr), H5Sclose);
  const Handle dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose);
  const std::size_t plane_bytes = std::size_t(g.nx) * g.ny * sizeof(double);
  const hsize_t chunk[3] = {
      hsize_t(std::clamp<std::size_t>(kChunkBytes / plane_bytes, 1, std::size_t(g.nz))), dims[1],
      dims[2]};
  check(H5Pset_chunk(dcpl.get(), 3, chunk), tmp_, where);
  // Most of a field is its resting value (and the injury field mostly 0): byte shuffle and
  // deflate shrink it several times over at little cost. Skipped where zlib is missing.
  if (H5Zfilter_avail(H5Z_FILTER_DEFLATE) > 0) {
    check(H5Pset_shuffle(dcpl.get()), tmp_, where);
    check(H5Pset_deflate(dcpl.get(), 4), tmp_, where);
  }
  const Handle d(H5Dcreate2(group.get(), name.c_str(), H5T_IEEE_F64LE, space.get(), H5P_DEFAULT,
                            dcpl.get(), H5P_DEFAULT),
                 H5Dclose);
  check(d.get() < 0
            ? -1
            : H5Dwrite(d.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
        tmp_, where);
  attribute(d.get(), "unit", unit, tmp_);
  if (time_s) {
    attribute(d.get(), "time_s", *time_s, tmp_);
    attribute(d.get(), "time_h", *time_s / 3600.0, tmp_);
  }
  if (!description.empty()) attribute(d.get(), "description", description, tmp_);
}

void FieldFile::write_healing(std::size_t index, double time_s, const std::string& name,
                              const std::string& unit, std::span<const double> values) {
  const std::string group = fmt::format("/healing/t{}", index);
  auto [it, fresh] = steps_.try_emplace(index);
  if (fresh) {
    it->second.time_s = time_s;
    const Handle g(open_group(file_, group), H5Gclose);
    check(g.get() < 0 ? -1 : 0, tmp_, group);
    attribute(g.get(), "time_s", time_s, tmp_);
    attribute(g.get(), "time_h", time_s / 3600.0, tmp_);
  } else if (it->second.time_s != time_s) {
    throw std::logic_error(
        fmt::format("{}: written at {} s and at {} s", group, it->second.time_s, time_s));
  }
  write_field(group, name, healing_, values, unit, &time_s, "");
  it->second.fields.push_back({name, unit});
}

void FieldFile::write_injury(const grid::Grid3D& g, double time_s, const std::string& name,
                             const std::string& unit, const std::string& description,
                             std::span<const double> values) {
  if (injury_step_.fields.empty()) {
    injury_ = g;
    injury_step_.time_s = time_s;
    write_grid("injury", g);
  } else if (g.nx != injury_.nx || g.ny != injury_.ny || g.nz != injury_.nz ||
             time_s != injury_step_.time_s) {
    throw std::logic_error("FieldFile: the injury fields must share one grid and one time");
  }
  write_field("/injury", name, g, values, unit, &time_s, description);
  injury_step_.fields.push_back({name, unit});
}

std::vector<std::string> FieldFile::healing_names(std::size_t index) const {
  std::vector<std::string> out;
  if (auto it = steps_.find(index); it != steps_.end())
    for (const auto& f : it->second.fields) out.push_back(f.name);
  return out;
}

std::string FieldFile::xdmf() const {
  const std::string h5 = path_.filename().string();
  // A uniform grid's Topology and Geometry. For 3DCoRectMesh, XDMF lists dimensions, origin and
  // spacing slowest axis first (z y x), as C-order arrays are; the dimensions count nodes, one
  // more than the cells that Center="Cell" attributes hold. Micrometres, origin at the corner of
  // the first voxel on the skin surface.
  auto mesh = [](const grid::Grid3D& g, const std::string& pad) {
    return fmt::format(
        "{0}<Topology TopologyType=\"3DCoRectMesh\" Dimensions=\"{1} {2} {3}\"/>\n"
        "{0}<Geometry GeometryType=\"ORIGIN_DXDYDZ\">\n"
        "{0}  <DataItem Name=\"Origin\" Dimensions=\"3\" NumberType=\"Float\" Precision=\"8\" "
        "Format=\"XML\">0 0 0</DataItem>\n"
        "{0}  <DataItem Name=\"Spacing\" Dimensions=\"3\" NumberType=\"Float\" Precision=\"8\" "
        "Format=\"XML\">{4} {5} {6}</DataItem>\n"
        "{0}</Geometry>\n",
        pad, g.nz + 1, g.ny + 1, g.nx + 1, num(g.dz / kUm), num(g.dy / kUm), num(g.dx / kUm));
  };
  auto attribute_xml = [&h5](const grid::Grid3D& g, const std::string& path, const Field& f,
                             const std::string& pad) {
    return fmt::format(
        "{0}<Attribute Name=\"{1}\" AttributeType=\"Scalar\" Center=\"Cell\">\n"
        "{0}  <Information Name=\"unit\" Value=\"{2}\"/>\n"
        "{0}  <DataItem Dimensions=\"{3} {4} {5}\" NumberType=\"Float\" Precision=\"8\" "
        "Format=\"HDF\">{6}:{7}/{1}</DataItem>\n"
        "{0}</Attribute>\n",
        pad, f.name, f.unit, g.nz, g.ny, g.nx, h5, path);
  };
  // ParaView 5.11's Xdmf3 readers drop a grid that sits without a time beside a temporal
  // collection, and one with a time straight in the domain; inside a spatial collection, the
  // injury grid shows at its time and the healing grid at each of its own.
  std::string out =
      "<?xml version=\"1.0\" ?>\n"
      "<!-- dermasim fields: x and y along the skin, z the depth below its surface (um); times\n"
      "     in hours after the first session. Data in " +
      h5 +
      " (layout: README). -->\n<Xdmf Version=\"3.0\">\n  <Domain>\n"
      "    <Grid Name=\"fields\" GridType=\"Collection\" CollectionType=\"Spatial\">\n";
  if (!steps_.empty()) {
    out += "      <Grid Name=\"healing\" GridType=\"Collection\" CollectionType=\"Temporal\">\n";
    for (const auto& [index, step] : steps_) {
      out += fmt::format("        <Grid Name=\"healing_t{}\" GridType=\"Uniform\">\n", index);
      out += fmt::format("          <Time Value=\"{}\"/>\n", num(step.time_s / 3600.0));
      out += mesh(healing_, "          ");
      for (const auto& f : step.fields)
        out += attribute_xml(healing_, fmt::format("/healing/t{}", index), f, "          ");
      out += "        </Grid>\n";
    }
    out += "      </Grid>\n";
  }
  if (!injury_step_.fields.empty()) {
    out += "      <Grid Name=\"injury\" GridType=\"Uniform\">\n";
    out += fmt::format("        <Time Value=\"{}\"/>\n", num(injury_step_.time_s / 3600.0));
    out += mesh(injury_, "        ");
    for (const auto& f : injury_step_.fields)
      out += attribute_xml(injury_, "/injury", f, "        ");
    out += "      </Grid>\n";
  }
  out += "    </Grid>\n  </Domain>\n</Xdmf>\n";
  return out;
}

void FieldFile::commit(const std::filesystem::path& xdmf_path) {
  if (file_ < 0) throw std::logic_error("FieldFile: committed twice");
  const herr_t closed = H5Fclose(file_);
  file_ = -1;
  if (closed < 0) {
    std::error_code ec;
    std::filesystem::remove(tmp_, ec);
    throw std::runtime_error(fmt::format("closing {} failed", path_.string()));
  }
  move_into_place(tmp_, path_);
  committed_ = true;
  write_file_atomic(xdmf_path, xdmf());
}

}  // namespace dermasim::io
