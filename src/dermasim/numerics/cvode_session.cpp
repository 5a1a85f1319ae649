#include "dermasim/numerics/cvode_session.hpp"

#include <fmt/format.h>
#include <cstdlib>
#include <stdexcept>

namespace dermasim::numerics {

namespace {

void capture_error(int, const char*, const char*, char* message, void* session) {
  static_cast<CvodeSession*>(session)->last_error = message;
}

}  // namespace

CvodeSession::CvodeSession(long n) {
  check(SUNContext_Create(nullptr, &ctx), "context");
  y = N_VNew_Serial(n, ctx);
  mem = CVodeCreate(CV_BDF, ctx);
  if (!y || !mem) throw std::runtime_error("CVODE could not allocate its state");
}

CvodeSession::~CvodeSession() {
  if (mem) CVodeFree(&mem);
  if (LS) SUNLinSolFree(LS);
  if (A) SUNMatDestroy(A);
  if (y) N_VDestroy(y);
  if (ctx) SUNContext_Free(&ctx);
}

void CvodeSession::init(CVRhsFn rhs, double t0, void* user) {
  check(CVodeInit(mem, rhs, t0, y), "init");
  check(CVodeSetUserData(mem, user), "user data");
  check(CVodeSetErrHandlerFn(mem, capture_error, this), "error handler");
}

void CvodeSession::check(int flag, const char* what) const {
  if (flag >= 0) return;
  char* name = CVodeGetReturnFlagName(flag);  // allocated by SUNDIALS: ours to free
  std::string text = fmt::format("CVODE {} failed: {}", what, name ? name : "unknown flag");
  std::free(name);
  if (!last_error.empty()) text += " (" + last_error + ")";
  throw std::runtime_error(text);
}

}  // namespace dermasim::numerics
