// fields.h5 and fields.xdmf (`dermasim run --fields`): read back with the HDF5 C library, and
// the XDMF index checked against the file it refers to.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <hdf5.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "../scenario/scenario_test_util.hpp"
#include "dermasim/io/field_export.hpp"
#include "dermasim/io/field_file.hpp"
#include "dermasim/io/field_selection.hpp"
#include "dermasim/io/output_folder.hpp"
#include "dermasim/io/run_outputs.hpp"
#include "dermasim/run/simulate.hpp"

using namespace dermasim;

namespace {

struct Array {
  std::vector<hsize_t> dims;
  std::vector<double> values;
};

/// A dataset as doubles, with its dimensions; empty dims when it does not exist.
Array read_dataset(hid_t file, const std::string& path) {
  Array a;
  if (H5Lexists(file, path.c_str(), H5P_DEFAULT) <= 0) return a;
  const hid_t d = H5Dopen2(file, path.c_str(), H5P_DEFAULT);
  const hid_t space = H5Dget_space(d);
  a.dims.resize(std::size_t(H5Sget_simple_extent_ndims(space)));
  H5Sget_simple_extent_dims(space, a.dims.data(), nullptr);
  a.values.resize(std::size_t(H5Sget_simple_extent_npoints(space)));
  EXPECT_GE(H5Dread(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, a.values.data()), 0);
  H5Sclose(space);
  H5Dclose(d);
  return a;
}

double read_double_attribute(hid_t file, const std::string& object, const char* name) {
  double v = std::nan("");
  const hid_t a = H5Aopen_by_name(file, object.c_str(), name, H5P_DEFAULT, H5P_DEFAULT);
  EXPECT_GE(a, 0) << object << " @" << name;
  if (a < 0) return v;
  H5Aread(a, H5T_NATIVE_DOUBLE, &v);
  H5Aclose(a);
  return v;
}

std::string read_string_attribute(hid_t file, const std::string& object, const char* name) {
  const hid_t a = H5Aopen_by_name(file, object.c_str(), name, H5P_DEFAULT, H5P_DEFAULT);
  EXPECT_GE(a, 0) << object << " @" << name;
  if (a < 0) return {};
  const hid_t type = H5Aget_type(a);
  std::string buffer(H5Tget_size(type), '\0');
  H5Aread(a, type, buffer.data());
  H5Tclose(type);
  H5Aclose(a);
  return buffer.substr(0, buffer.find('\0'));
}

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}

/// Every HDF DataItem of the index refers to fields.h5 and to a dataset there of the stated
/// dimensions. Returns the paths referred to.
std::vector<std::string> check_xdmf_references(const std::filesystem::path& dir) {
  const std::string xdmf = read_text(dir / "fields.xdmf");
  const hid_t file = H5Fopen((dir / "fields.h5").c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  EXPECT_GE(file, 0);
  std::vector<std::string> paths;
  // Each <DataItem Dimensions="..." ... Format="HDF">fields.h5:/path</DataItem> (found by hand:
  // std::regex trips GCC 12's -Wmaybe-uninitialized under the sanitizers).
  const std::string open = "<DataItem Dimensions=\"", hdf = "Format=\"HDF\">";
  for (std::size_t at = xdmf.find(open); at != std::string::npos; at = xdmf.find(open, at + 1)) {
    const std::size_t tag_end = xdmf.find('>', at);
    const std::string tag = xdmf.substr(at, tag_end + 1 - at);
    if (!tag.ends_with(hdf)) continue;
    const std::string dims = tag.substr(open.size(), tag.find('"', open.size()) - open.size());
    const std::string ref = xdmf.substr(tag_end + 1, xdmf.find('<', tag_end) - tag_end - 1);
    const std::string h5 = ref.substr(0, ref.find(':')), path = ref.substr(ref.find(':') + 1);
    EXPECT_EQ(h5, "fields.h5");
    const Array a = read_dataset(file, path);
    std::string stated;
    for (hsize_t d : a.dims) stated += fmt::format("{}{}", stated.empty() ? "" : " ", d);
    EXPECT_EQ(stated, dims) << path;
    paths.push_back(path);
  }
  H5Fclose(file);
  // Balanced elements: each opened Grid and Attribute is closed.
  auto count = [&xdmf](const std::string& s) {
    std::size_t n = 0;
    for (std::size_t at = xdmf.find(s); at != std::string::npos; at = xdmf.find(s, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("<Grid "), count("</Grid>"));
  EXPECT_EQ(count("<Attribute "), count("</Attribute>"));
  EXPECT_EQ(count("<Attribute "), paths.size());
  return paths;
}

std::set<std::string> files_in(const std::filesystem::path& dir) {
  std::set<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    out.insert(e.path().filename().string());
  return out;
}

std::filesystem::path fresh_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / fmt::format("dermasim_fields_{}", name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

/// f = x + 2y + 3z at each cell centre, in micrometres, in Grid3D order.
std::vector<double> analytic(const grid::Grid3D& g, double scale = 1.0) {
  std::vector<double> f(g.size());
  for (int k = 0; k < g.nz; ++k)
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i)
        f[g.index(i, j, k)] =
            scale * (g.x_center(i) * 1e6 + 2 * g.y_center(j) * 1e6 + 3 * g.z_center(k) * 1e6);
  return f;
}

}  // namespace

TEST(FieldFile, AnalyticFieldsReadBackWithTheirCoordinatesAttributesAndIndex) {
  const auto dir = fresh_dir("analytic");
  // Unequal counts and spacings, so that a transposed axis cannot pass.
  const grid::Grid3D healing{5, 4, 3, 10e-6, 20e-6, 5e-6};
  const grid::Grid3D injury{10, 8, 6, 5e-6, 10e-6, 2.5e-6};
  {
    io::FieldFile file(dir / "fields.h5", healing);
    file.write_healing(0, 0.0, "f", "mg_cm3", analytic(healing));
    file.write_healing(0, 0.0, "g", "per_mm3", analytic(healing, 2.0));
    file.write_healing(1, 7.5 * 3600, "f", "mg_cm3", analytic(healing, -1.0));
    file.write_healing(1, 7.5 * 3600, "g", "per_mm3", analytic(healing, 4.0));
    file.write_injury(injury, 0.0, "damage", "1", "test field", analytic(injury));
    file.commit(dir / "fields.xdmf");
  }
  // Both files in place, no temporary left.
  EXPECT_EQ(files_in(dir), (std::set<std::string>{"fields.h5", "fields.xdmf"}));

  const hid_t file = H5Fopen((dir / "fields.h5").c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  ASSERT_GE(file, 0);
  // Every value: C order (z slowest, x fastest), shape nz x ny x nx.
  auto check_field = [&](const std::string& path, const grid::Grid3D& g, double scale) {
    const Array a = read_dataset(file, path);
    ASSERT_EQ(a.dims, (std::vector<hsize_t>{hsize_t(g.nz), hsize_t(g.ny), hsize_t(g.nx)})) << path;
    std::size_t n = 0;
    for (int k = 0; k < g.nz; ++k)
      for (int j = 0; j < g.ny; ++j)
        for (int i = 0; i < g.nx; ++i, ++n) {
          const double x = (i + 0.5) * g.dx * 1e6, y = (j + 0.5) * g.dy * 1e6,
                       z = (k + 0.5) * g.dz * 1e6;
          ASSERT_NEAR(a.values[n], scale * (x + 2 * y + 3 * z), 1e-9)
              << path << " at " << i << "," << j << "," << k;
        }
  };
  check_field("/healing/t0/f", healing, 1.0);
  check_field("/healing/t0/g", healing, 2.0);
  check_field("/healing/t1/f", healing, -1.0);
  check_field("/healing/t1/g", healing, 4.0);
  check_field("/injury/damage", injury, 1.0);
  // Cell-centre coordinates in micrometres.
  auto check_axis = [&](const std::string& path, int n, double step_um) {
    const Array a = read_dataset(file, path);
    ASSERT_EQ(a.dims, (std::vector<hsize_t>{hsize_t(n)})) << path;
    for (int i = 0; i < n; ++i) EXPECT_NEAR(a.values[std::size_t(i)], (i + 0.5) * step_um, 1e-9);
    EXPECT_EQ(read_string_attribute(file, path, "unit"), "um");
  };
  check_axis("/grid/healing/x_um", 5, 10);
  check_axis("/grid/healing/y_um", 4, 20);
  check_axis("/grid/healing/z_um", 3, 5);
  check_axis("/grid/injury/x_um", 10, 5);
  check_axis("/grid/injury/y_um", 8, 10);
  check_axis("/grid/injury/z_um", 6, 2.5);
  // Attributes.
  EXPECT_EQ(read_double_attribute(file, "/healing/t0/f", "time_s"), 0.0);
  EXPECT_EQ(read_double_attribute(file, "/healing/t1/g", "time_s"), 27000.0);
  EXPECT_EQ(read_double_attribute(file, "/healing/t1/g", "time_h"), 7.5);
  EXPECT_EQ(read_double_attribute(file, "/healing/t1", "time_h"), 7.5);
  EXPECT_EQ(read_string_attribute(file, "/healing/t0/f", "unit"), "mg_cm3");
  EXPECT_EQ(read_string_attribute(file, "/healing/t1/g", "unit"), "per_mm3");
  EXPECT_EQ(read_string_attribute(file, "/injury/damage", "unit"), "1");
  EXPECT_EQ(read_string_attribute(file, "/injury/damage", "description"), "test field");
  EXPECT_EQ(read_double_attribute(file, "/injury/damage", "time_s"), 0.0);
  H5Fclose(file);

  // The index: node dimensions (cells + 1) and spacing slowest axis first, times in hours.
  const std::string xdmf = read_text(dir / "fields.xdmf");
  for (const char* expected :
       {"<Xdmf Version=\"3.0\">", "GridType=\"Collection\" CollectionType=\"Temporal\"",
        "<Time Value=\"0\"/>", "<Time Value=\"7.5\"/>",
        "<Topology TopologyType=\"3DCoRectMesh\" Dimensions=\"4 5 6\"/>",
        "<Topology TopologyType=\"3DCoRectMesh\" Dimensions=\"7 9 11\"/>",
        "GeometryType=\"ORIGIN_DXDYDZ\"", "Format=\"XML\">0 0 0</DataItem>",
        "Format=\"XML\">5 20 10</DataItem>", "Format=\"XML\">2.5 10 5</DataItem>",
        "<Attribute Name=\"f\" AttributeType=\"Scalar\" Center=\"Cell\">",
        "<Information Name=\"unit\" Value=\"mg_cm3\"/>",
        // ParaView shows the injury grid only with a time, and beside the temporal collection
        // only inside a spatial one.
        "<Grid Name=\"fields\" GridType=\"Collection\" CollectionType=\"Spatial\">",
        "<Grid Name=\"injury\" GridType=\"Uniform\">\n        <Time Value=\"0\"/>"})
    EXPECT_NE(xdmf.find(expected), std::string::npos) << expected;
  const auto paths = check_xdmf_references(dir);
  EXPECT_EQ(paths, (std::vector<std::string>{"/healing/t0/f", "/healing/t0/g", "/healing/t1/f",
                                             "/healing/t1/g", "/injury/damage"}));
  std::filesystem::remove_all(dir);
}

TEST(FieldFile, AnUncommittedFileLeavesNothing) {
  const auto dir = fresh_dir("uncommitted");
  const grid::Grid3D g{2, 2, 2, 1e-6, 1e-6, 1e-6};
  {
    io::FieldFile file(dir / "fields.h5", g);
    file.write_healing(0, 0.0, "f", "1", analytic(g));
    EXPECT_EQ(files_in(dir).size(), 1u);  // the temporary file
    EXPECT_THROW(file.write_healing(0, 0.0, "h", "1", std::vector<double>(3)),
                 std::invalid_argument);
  }
  EXPECT_TRUE(files_in(dir).empty());
  std::filesystem::remove_all(dir);
}

TEST(FieldSelection, NamesComeFromTheSpeciesAndMistakesAreExplained) {
  const auto sc = test_util::load_text(test_util::minimal_scenario(
      "type = \"roller\"\n",
      "[[sessions]]\nday = 28\npasses = 2\n[simulation]\nduration = \"35 days\"\n"));
  const auto names = io::field_names();
  EXPECT_EQ(names.front(), "all");
  EXPECT_EQ(names.size(), std::size_t(biology::kSpecies) + 1);
  EXPECT_NE(std::find(names.begin(), names.end(), "collagen_i"), names.end());

  auto r = io::parse_field_request("collagen_i, neutrophils,collagen_i", "7 d,0 h,24 h,1 d", sc);
  EXPECT_EQ(r.species, (std::vector<biology::Species>{biology::collagen_i, biology::neutrophils}));
  EXPECT_FALSE(r.injury_damage);
  EXPECT_EQ(r.times, (std::vector<simulation::Seconds>{0, 86400, 7 * 86400}));  // sorted, unique

  r = io::parse_field_request("damage", "", sc);
  EXPECT_TRUE(r.injury_damage);
  EXPECT_EQ(r.species, (std::vector<biology::Species>{biology::damage}));
  // Default: each session (days 0, 28), days 1, 7, 28 and the end (day 35).
  EXPECT_EQ(r.times,
            (std::vector<simulation::Seconds>{0, 86400, 7 * 86400, 28 * 86400, 35 * 86400}));
  r = io::parse_field_request("all", "35 d", sc);
  EXPECT_EQ(r.species.size(), std::size_t(biology::kSpecies));
  EXPECT_TRUE(r.injury_damage);

  auto message = [&](const char* n, const char* t) {
    try {
      io::parse_field_request(n, t, sc);
    } catch (const io::FieldRequestError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string unknown = message("colagen_i", "");
  EXPECT_NE(unknown.find("unknown field 'colagen_i'; did you mean 'collagen_i'?"),
            std::string::npos)
      << unknown;
  EXPECT_NE(unknown.find("macrophages_m2"), std::string::npos) << unknown;  // the valid names
  EXPECT_NE(message("collagen_i", "36 d").find("past the end of the run"), std::string::npos);
  EXPECT_NE(message("collagen_i", "-1 h").find("before the first session"), std::string::npos);
  EXPECT_NE(message("collagen_i", "3 mm").find("is a length, expected a time"), std::string::npos);
  EXPECT_NE(message("collagen_i", "3 parsecs").find("unknown unit"), std::string::npos);
  EXPECT_NE(message("collagen_i,", "").find("empty name"), std::string::npos);
}

TEST(FieldExport, ASmall3DRunWritesTheFieldsItWasAskedFor) {
  // A 2 x 2 mm stamp patch followed for 6 h: fields at the session's needles and at the end.
  const auto sc = test_util::load_text(
      "[device]\ntype = \"stamp\"\n[device.needle]\nlength = \"0.25 mm\"\ngauge = 33\n"
      "[device.stamp]\npitch = \"0.5 mm\"\n[[sessions]]\nday = 0\npasses = 1\n"
      "[simulation]\npatch_x = \"2 mm\"\npatch_y = \"2 mm\"\nresolution = \"20 um\"\n"
      "duration = \"6 h\"\nseed = 7\n");
  const auto request = io::parse_field_request("damage,collagen_i,neutrophils", "0 h,6 h", sc);
  const auto dir = fresh_dir("run");
  io::FieldExport fields(dir, request);
  RunOptions options;
  options.fields = request;
  options.field_sink = &fields;  // streamed, as the command line does
  RunResult run = simulate(sc, options);
  EXPECT_FALSE(run.fields);  // they went to the sink
  io::write_run_outputs(dir, run, &fields);
  const auto& stage = run.injury;
  const auto& domain = run.domain;
  ASSERT_TRUE(std::filesystem::exists(dir / "fields.h5"));
  // No temporary is left behind (the run folder's mark is the one hidden file by design).
  for (const auto& name : files_in(dir)) {
    if (name != io::kRunFolderMark) {
      EXPECT_FALSE(name.starts_with(".")) << name;
    }
  }
  EXPECT_EQ(check_xdmf_references(dir).size(), 2 * 3 + 1u);

  const hid_t file = H5Fopen((dir / "fields.h5").c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  ASSERT_GE(file, 0);
  const grid::Grid3D& g = domain.grid;
  const std::size_t plane = std::size_t(g.nx) * g.ny;
  // Far below the 0.25 mm channels (the deepest plane), at the session's needles, the tissue is
  // at rest: every voxel equals its plane's resting value (the engine holds deviations from it).
  const biology::HealingKinetics kin(domain.parameters, domain.plane_environment, domain.age, true);
  const int deep = g.nz - 1;
  ASSERT_GT(g.z_center(deep), 2 * sc.device.needle.length);
  for (biology::Species s : {biology::collagen_i, biology::neutrophils, biology::damage}) {
    const auto& name = biology::species_info()[std::size_t(s)].name;
    const std::string path = fmt::format("/healing/t0/{}", name);
    const Array a = read_dataset(file, path);
    ASSERT_EQ(a.values.size(), g.size()) << name;
    const double rest = kin.rest(deep).u[std::size_t(s)];
    for (std::size_t v = plane * std::size_t(deep); v < g.size(); ++v)
      ASSERT_EQ(a.values[v], rest) << name << " at voxel " << v;
    EXPECT_EQ(read_string_attribute(file, path, "unit"),
              biology::species_info()[std::size_t(s)].unit);
  }
  EXPECT_GT(kin.rest(deep).u[biology::collagen_i], 0.0);  // a resting value worth comparing
  EXPECT_EQ(read_double_attribute(file, "/healing/t1/collagen_i", "time_h"), 6.0);
  // The needles did damage on the healing grid at t0, and every value is finite.
  const Array damage0 = read_dataset(file, "/healing/t0/damage");
  EXPECT_GT(*std::max_element(damage0.values.begin(), damage0.values.end()), 0.0);
  for (const char* t : {"t0", "t1"})
    for (const char* n : {"damage", "collagen_i", "neutrophils"}) {
      const Array a = read_dataset(file, fmt::format("/healing/{}/{}", t, n));
      EXPECT_TRUE(
          std::all_of(a.values.begin(), a.values.end(), [](double x) { return std::isfinite(x); }))
          << t << "/" << n;
    }

  // The injury stage's field, as it holds it: max in (0, 1], mean that of the stage's field
  // (bit for bit) and that of summary.json's injured volume.
  const Array injury = read_dataset(file, "/injury/damage");
  H5Fclose(file);
  const grid::Grid3D& ig = stage.field.grid;
  ASSERT_EQ(injury.dims, (std::vector<hsize_t>{hsize_t(ig.nz), hsize_t(ig.ny), hsize_t(ig.nx)}));
  const double max = *std::max_element(injury.values.begin(), injury.values.end());
  EXPECT_GT(max, 0.0);
  EXPECT_LE(max, 1.0);
  EXPECT_TRUE(std::all_of(injury.values.begin(), injury.values.end(),
                          [](double x) { return std::isfinite(x); }));
  double sum = 0, stage_sum = 0;
  for (double x : injury.values) sum += x;
  for (double x : stage.field.damaged_fraction) stage_sum += x;
  EXPECT_EQ(sum / double(injury.values.size()), stage_sum / double(ig.size()));
  const auto summary = nlohmann::json::parse(read_text(dir / "summary.json"));
  EXPECT_EQ(summary["status"], "complete");
  const double volume_mm3 = double(ig.size()) * ig.voxel_volume() * 1e9;
  EXPECT_NEAR(sum / double(injury.values.size()),
              summary["injured_volume_mm3"].get<double>() / volume_mm3, 1e-12);

  // The same run with its fields kept in memory writes the same datasets, bit for bit; and
  // RunFields::at hands out the same values.
  options.field_sink = nullptr;
  const RunResult kept = simulate(sc, options);
  ASSERT_TRUE(kept.fields);
  const auto kept_dir = fresh_dir("run_kept");
  io::write_run_outputs(kept_dir, kept);
  const hid_t a = H5Fopen((dir / "fields.h5").c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  const hid_t b = H5Fopen((kept_dir / "fields.h5").c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  ASSERT_GE(b, 0);
  for (const char* path : {"/healing/t0/damage", "/healing/t0/collagen_i",
                           "/healing/t1/neutrophils", "/injury/damage", "/grid/healing/z_um"}) {
    const Array x = read_dataset(a, path), y = read_dataset(b, path);
    EXPECT_EQ(x.dims, y.dims) << path;
    EXPECT_EQ(x.values, y.values) << path;
  }
  EXPECT_EQ(read_dataset(a, "/healing/t1/collagen_i").values, kept.fields->at("collagen_i", "6 h"));
  H5Fclose(a);
  H5Fclose(b);
  EXPECT_EQ(read_text(dir / "fields.xdmf"), read_text(kept_dir / "fields.xdmf"));
  std::filesystem::remove_all(kept_dir);

  // A later run into the folder without fields leaves no stale fields behind.
  run.fields.reset();
  io::write_run_outputs(dir, run);
  EXPECT_FALSE(std::filesystem::exists(dir / "fields.h5"));
  EXPECT_FALSE(std::filesystem::exists(dir / "fields.xdmf"));
  std::filesystem::remove_all(dir);
}

TEST(FieldExport, AFieldTheRunDidNotKeepIsAClearErrorNamingWhatItKept) {
  RunFields f;
  f.request.species = {biology::collagen_i, biology::damage};
  f.request.times = {0, 86400};
  f.values.assign(2, std::vector<std::vector<double>>(2, std::vector<double>(4, 1.0)));
  f.values[1][0][0] = 2.0;
  EXPECT_EQ(f.at("collagen_i", "1 d")[0], 2.0);
  EXPECT_EQ(f.at("collagen_i", "24 h")[0], 2.0);  // the same second
  auto message = [&f](const std::string& name, const std::string& time) {
    try {
      f.at(name, time);
    } catch (const io::FieldRequestError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string no_name = message("neutrophils", "1 d");
  EXPECT_NE(no_name.find("no field 'neutrophils' (it kept collagen_i, damage)"), std::string::npos)
      << no_name;
  const std::string no_time = message("collagen_i", "2 d");
  EXPECT_NE(no_time.find("no fields at \"2 d\" (48 h after the first session; it kept them at "
                         "0 h, 24 h)"),
            std::string::npos)
      << no_time;
  EXPECT_NE(message("collagen_i", "2 mm").find("is a length, expected a time"), std::string::npos);
  EXPECT_NE(message("colagen_i", "1 d").find("no field 'colagen_i'"), std::string::npos);
}
