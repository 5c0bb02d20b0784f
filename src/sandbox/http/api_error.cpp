#include "sandbox/http/api_error.hpp"

namespace hikari::sandbox {

boost::json::object ApiError::body() const {
    boost::json::object out{{"message", message_}, {"code", code_}};
    if (!errors_.empty()) out["errors"] = errors_;
    return out;
}

namespace api_errors {

ApiError unauthorized() {
    return {401, 0, "401: Unauthorized"};
}
ApiError not_found() {
    return {404, 0, "404: Not Found"};
}
ApiError method_not_allowed() {
    return {405, 0, "405: Method Not Allowed"};
}
ApiError unknown_channel() {
    return {404, 10003, "Unknown Channel"};
}
ApiError unknown_guild() {
    return {404, 10004, "Unknown Guild"};
}
ApiError unknown_member() {
    return {404, 10007, "Unknown Member"};
}
ApiError unknown_message() {
    return {404, 10008, "Unknown Message"};
}
ApiError unknown_role() {
    return {404, 10011, "Unknown Role"};
}
ApiError unknown_user() {
    return {404, 10013, "Unknown User"};
}
ApiError unknown_emoji() {
    return {400, 10014, "Unknown Emoji"};
}
ApiError unknown_webhook() {
    return {404, 10015, "Unknown Webhook"};
}
ApiError unknown_ban() {
    return {404, 10026, "Unknown Ban"};
}
ApiError unknown_interaction() {
    return {404, 10062, "Unknown interaction"};
}
ApiError unknown_command() {
    return {404, 10063, "Unknown application command"};
}
ApiError missing_access() {
    return {403, 50001, "Missing Access"};
}
ApiError missing_permissions() {
    return {403, 50013, "Missing Permissions"};
}
ApiError empty_message() {
    return {400, 50006, "Cannot send an empty message"};
}
ApiError non_text_channel() {
    return {400, 50008, "Cannot send messages in a non-text channel"};
}
ApiError invalid_json() {
    return {400, 50109, "The request body contains invalid JSON."};
}
ApiError invalid_webhook_token() {
    return {401, 50027, "Invalid Webhook Token"};
}
ApiError already_acknowledged() {
    return {400, 40060, "Interaction has already been acknowledged."};
}
ApiError bulk_delete_count() {
    return {400, 50016, "You must provide at least 2 and fewer than 100 messages to delete."};
}
ApiError bulk_delete_too_old() {
    return {400, 50034, "You can only bulk delete messages that are under 14 days old."};
}
ApiError max_pins() {
    return {400, 30003, "Maximum number of pins reached (250)"};
}

}  // namespace api_errors

}  // namespace hikari::sandbox
