#include "cache/member_store.hpp"

#include "cache/packed_fields.hpp"

#include <hikari/core/errors.hpp>

#include <algorithm>
#include <cstring>

namespace hikari::cache_detail {

namespace {

// Bit positions of the 2-bit field states in MemberRecord::bits.
constexpr unsigned nick_at = 0;           // absent / none / packed
constexpr unsigned avatar_at = 2;         // absent / none / extra
constexpr unsigned banner_at = 4;         // absent / none / extra
constexpr unsigned premium_at = 6;        // absent / none / extra
constexpr unsigned timeout_at = 8;        // absent / none / extra
constexpr unsigned decoration_at = 10;    // absent / none / extra
constexpr unsigned collectibles_at = 12;  // absent / none / extra
constexpr unsigned pending_at = 14;       // absent / false(none) / true(packed)
constexpr unsigned joined_at_at = 16;     // absent / packed
constexpr unsigned permissions_at = 18;   // absent / extra
constexpr std::uint32_t deaf_bit = 1U << 20U;
constexpr std::uint32_t mute_bit = 1U << 21U;
constexpr unsigned count_shift = 22;
constexpr std::size_t max_roles = (1U << (32U - count_shift)) - 1U;

}  // namespace

void RoleSlots::assign(const std::vector<std::uint16_t>& roles, std::size_t old_count) {
    std::uint16_t* block = nullptr;
    if (roles.size() > inline_count) {
        block = new std::uint16_t[roles.size()];  // NOLINT(cppcoreguidelines-owning-memory)
        std::memcpy(block, roles.data(), roles.size() * sizeof(std::uint16_t));
    }
    release(old_count);
    if (block != nullptr) {
        heap_ = block;
    } else {
        inline_ = {};
        std::copy(roles.begin(), roles.end(), inline_.begin());
    }
}

void RoleSlots::release(std::size_t count) noexcept {
    if (count > inline_count) delete[] heap_;  // NOLINT(cppcoreguidelines-owning-memory)
    inline_ = {};
}

MemberRecord::MemberRecord(MemberRecord&& other) noexcept
    : id(other.id),
      joined_at(other.joined_at),
      nick(std::move(other.nick)),
      flags(other.flags),
      bits(other.bits),
      extras(std::move(other.extras)) {
    roles.move_from(other.roles);
    other.bits = 0;  // the roles are ours now
    other.id = 0;
}

MemberRecord& MemberRecord::operator=(MemberRecord&& other) noexcept {
    if (this == &other) return *this;
    roles.release(role_count());
    id = other.id;
    joined_at = other.joined_at;
    nick = std::move(other.nick);
    flags = other.flags;
    bits = other.bits;
    extras = std::move(other.extras);
    roles.move_from(other.roles);
    other.bits = 0;
    other.id = 0;
    return *this;
}

MemberRecord::~MemberRecord() {
    roles.release(role_count());
}

void MemberRecord::set_roles(const std::vector<std::uint16_t>& list) {
    roles.assign(list, role_count());
    bits = (bits & ((1U << count_shift) - 1U)) |
           (static_cast<std::uint32_t>(list.size()) << count_shift);
}

std::uint16_t MemberStore::intern(Snowflake role) {
    if (auto found = role_numbers_.find(role.value()); found != role_numbers_.end()) {
        return found->second;
    }
    if (role_ids_.size() >= 0xFFFF) throw ValueError("more than 65535 role ids in one guild");
    const auto number = static_cast<std::uint16_t>(role_ids_.size());
    role_ids_.push_back(role.value());
    role_numbers_.emplace(role.value(), number);
    return number;
}

void MemberStore::remove_role(Snowflake role) {
    const auto found = role_numbers_.find(role.value());
    if (found == role_numbers_.end()) return;
    const std::uint16_t number = found->second;
    std::vector<std::uint16_t> kept;
    table_.for_each([&](MemberRecord& record) {
        const std::size_t count = record.role_count();
        const std::uint16_t* held = record.roles.data(count);
        if (std::find(held, held + count, number) == held + count) return;
        kept.assign(held, held + count);
        std::erase(kept, number);
        record.set_roles(kept);
    });
    // The number stays interned: a role id never comes back once deleted.
}

void MemberStore::put(const Member& member, UserStore& users) {
    if (!member.user) throw ValueError("a cached member needs its user");
    const User& user = *member.user;
    std::vector<std::uint16_t> roles;
    roles.reserve(member.roles.size());
    for (const Snowflake role : member.roles) roles.push_back(intern(role));
    if (roles.size() > max_roles) throw ValueError("too many roles on one member");

    auto [record, inserted] = table_.emplace(user.id.value());
    if (inserted) {
        try {
            users.acquire(user);
        } catch (...) {
            table_.erase(user.id.value());
            throw;
        }
    } else {
        users.refresh(user);
    }
    record.extras.reset();
    // A reference, not the structured binding: clang before 16 cannot capture bindings.
    MemberRecord& entry = record;
    auto extras = [&entry]() -> MemberExtras& {
        if (!entry.extras) entry.extras = std::make_unique<MemberExtras>();
        return *entry.extras;
    };
    std::uint32_t bits = 0;
    if (member.nick.has_value()) {
        const std::optional<std::string_view> slots[] = {std::string_view(*member.nick)};
        record.nick.assign(slots);
        set_state(bits, nick_at, State::packed);
    } else {
        const std::optional<std::string_view> slots[] = {std::nullopt};
        record.nick.assign(slots);
        if (member.nick.is_none()) set_state(bits, nick_at, State::none);
    }
    set_state(bits, avatar_at, tri_state(member.avatar));
    if (member.avatar.has_value()) extras().avatar = member.avatar;
    set_state(bits, banner_at, tri_state(member.banner));
    if (member.banner.has_value()) extras().banner = member.banner;
    set_state(bits, premium_at, tri_state(member.premium_since));
    if (member.premium_since.has_value()) extras().premium_since = member.premium_since;
    set_state(bits, timeout_at, tri_state(member.communication_disabled_until));
    if (member.communication_disabled_until.has_value()) {
        extras().communication_disabled_until = member.communication_disabled_until;
    }
    set_state(bits, decoration_at, tri_state(member.avatar_decoration_data));
    if (member.avatar_decoration_data.has_value()) {
        extras().avatar_decoration_data = member.avatar_decoration_data;
    }
    set_state(bits, collectibles_at, tri_state(member.collectibles));
    if (member.collectibles.has_value()) extras().collectibles = member.collectibles;
    if (member.pending) {
        set_state(bits, pending_at, *member.pending ? State::packed : State::none);
    }
    if (member.joined_at) {
        record.joined_at = to_micros(*member.joined_at);
        set_state(bits, joined_at_at, State::packed);
    }
    if (member.permissions) {
        extras().permissions = member.permissions;
        set_state(bits, permissions_at, State::extra);
    }
    if (member.deaf) bits |= deaf_bit;
    if (member.mute) bits |= mute_bit;
    record.flags = static_cast<std::uint32_t>(member.flags);
    // The role count lives in the top bits: keep the old one until set_roles replaces it.
    record.bits = bits | (record.bits & ~((1U << count_shift) - 1U));
    record.set_roles(roles);
}

bool MemberStore::remove(Snowflake user, UserStore& users) noexcept {
    if (!table_.erase(user.value())) return false;
    users.release(user);
    if (table_.empty()) {
        role_ids_.clear();
        role_numbers_.clear();
    }
    return true;
}

void MemberStore::clear(UserStore& users) noexcept {
    table_.for_each([&](const MemberRecord& record) { users.release(Snowflake{record.id}); });
    table_.clear();
    role_ids_.clear();
    role_numbers_.clear();
}

Member MemberStore::unpack(const MemberRecord& r, const UserStore& users) const {
    Member member;
    member.user = users.get(Snowflake{r.id});
    if (!member.user) {
        member.user.emplace();
        member.user->id = Snowflake{r.id};
    }
    switch (get_state(r.bits, nick_at)) {
        case State::packed:
            member.nick = std::string(r.nick.get(0).value_or(""));
            break;
        case State::none:
            member.nick = std::nullopt;
            break;
        default:
            break;
    }
    const MemberExtras* extra = r.extras.get();
    member.avatar = from_tri_state(get_state(r.bits, avatar_at), extra ? &extra->avatar : nullptr);
    member.banner = from_tri_state(get_state(r.bits, banner_at), extra ? &extra->banner : nullptr);
    member.premium_since =
        from_tri_state(get_state(r.bits, premium_at), extra ? &extra->premium_since : nullptr);
    member.communication_disabled_until = from_tri_state(
        get_state(r.bits, timeout_at), extra ? &extra->communication_disabled_until : nullptr);
    member.avatar_decoration_data = from_tri_state(
        get_state(r.bits, decoration_at), extra ? &extra->avatar_decoration_data : nullptr);
    member.collectibles =
        from_tri_state(get_state(r.bits, collectibles_at), extra ? &extra->collectibles : nullptr);
    switch (get_state(r.bits, pending_at)) {
        case State::packed:
            member.pending = true;
            break;
        case State::none:
            member.pending = false;
            break;
        default:
            break;
    }
    if (get_state(r.bits, joined_at_at) == State::packed) {
        member.joined_at = from_micros(r.joined_at);
    }
    if (get_state(r.bits, permissions_at) == State::extra && extra != nullptr) {
        member.permissions = extra->permissions;
    }
    member.deaf = (r.bits & deaf_bit) != 0;
    member.mute = (r.bits & mute_bit) != 0;
    member.flags = static_cast<MemberFlags>(r.flags);
    const std::size_t count = r.role_count();
    const std::uint16_t* numbers = r.roles.data(count);
    member.roles.reserve(count);
    for (std::size_t i = 0; i < count; ++i) member.roles.emplace_back(role_ids_[numbers[i]]);
    return member;
}

std::optional<Member> MemberStore::get(Snowflake user, const UserStore& users) const {
    const MemberRecord* record = table_.find(user.value());
    if (record == nullptr) return std::nullopt;
    return unpack(*record, users);
}

std::vector<Member> MemberStore::all(const UserStore& users) const {
    std::vector<Member> out;
    out.reserve(table_.size());
    table_.for_each([&](const MemberRecord& record) { out.push_back(unpack(record, users)); });
    return out;
}

}  // namespace hikari::cache_detail
