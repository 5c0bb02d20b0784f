#pragma once
// Polls as messages carry them: built from a create request, tallied from the votes the
// control API casts (the "poll_votes" store per message, keyed by voter).

#include "sandbox/http/call.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

namespace hikari::sandbox {

/// The message's poll object from a request's "poll" field; 50035 for a bad one.
boost::json::object build_poll(const boost::json::value& request);

}  // namespace hikari::sandbox
