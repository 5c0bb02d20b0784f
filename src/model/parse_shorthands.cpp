// The parse_<model> shorthands of hikari/model/entity_factory.hpp.
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/interaction.hpp>
#include <hikari/model/message.hpp>

namespace hikari {

User parse_user(std::string_view json) {
    return from_json<User>(json);
}
Member parse_member(std::string_view json) {
    return from_json<Member>(json);
}
Role parse_role(std::string_view json) {
    return from_json<Role>(json);
}
Guild parse_guild(std::string_view json) {
    return from_json<Guild>(json);
}
Channel parse_channel(std::string_view json) {
    return from_json<Channel>(json);
}
Message parse_message(std::string_view json) {
    return from_json<Message>(json);
}
Interaction parse_interaction(std::string_view json) {
    return from_json<Interaction>(json);
}

}  // namespace hikari
