#pragma once
// GitHub webhook deliveries turned into the message Discord posts for them (webhook.mdx
// "Execute GitHub-Compatible Webhook"): one embed per supported event, nothing for the others.

#include <boost/json/object.hpp>

#include <optional>
#include <string_view>

namespace hikari::sandbox {

/// The message body ({"embeds": [...]}) for a delivery of `event` (its X-GitHub-Event header),
/// or nullopt when Discord ignores that event or action. 50035 when the payload lacks what
/// the event needs (the sender, the repository, the event's own object).
std::optional<boost::json::object> github_to_message(std::string_view event,
                                                     const boost::json::object& payload);

}  // namespace hikari::sandbox
