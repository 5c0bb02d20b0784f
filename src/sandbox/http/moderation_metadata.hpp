#pragma once
// The moderation metadata Discord stores on a message for a game's moderation service (lobby
// messages and provisional accounts' DMs): at most 5 keys, keys up to 1024 characters, string
// values up to 2000.

#include <boost/json/object.hpp>

namespace hikari::sandbox {

/// Throws the 400 form error Discord answers for a body outside those limits.
void check_moderation_metadata(const boost::json::object& body);

}  // namespace hikari::sandbox
