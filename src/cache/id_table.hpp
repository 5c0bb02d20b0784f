#pragma once
// Records keyed by a 64-bit id, stored in one vector (a slab with a free list) and indexed by
// a flat hash set of 32-bit slot numbers whose hash looks the id up in the slab. A flat map
// of id -> record would keep up to half its slots empty, each as large as a record; here an
// empty slot costs 4 bytes, and the slab's unused capacity is never touched, so it stays out
// of the resident set.

#include <boost/unordered/unordered_flat_set.hpp>

#include <cstdint>
#include <vector>

namespace hikari::cache_detail {

/// The same mixing as std::hash<Snowflake>: ids carry their timestamp in the high bits.
constexpr std::size_t mix_id(std::uint64_t x) noexcept {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<std::size_t>(x);
}

/// Record must have a public `std::uint64_t id` (0 marks a free slot), be default
/// constructible and nothrow movable. Not movable itself: the index refers to its slab.
template <class Record>
class IdTable {
  public:
    IdTable() : index_(0, Hash{&slots_}, Equal{&slots_}) {}
    IdTable(const IdTable&) = delete;
    IdTable& operator=(const IdTable&) = delete;
    IdTable(IdTable&&) = delete;
    IdTable& operator=(IdTable&&) = delete;
    ~IdTable() = default;

    [[nodiscard]] Record* find(std::uint64_t id) noexcept {
        auto found = index_.find(Key{id});
        return found == index_.end() ? nullptr : &slots_[*found];
    }
    [[nodiscard]] const Record* find(std::uint64_t id) const noexcept {
        auto found = index_.find(Key{id});
        return found == index_.end() ? nullptr : &slots_[*found];
    }

    /// The record of `id`, default-constructed (with its id set) when new; second is true
    /// when it was inserted. The reference stays valid until the next insertion.
    std::pair<Record&, bool> emplace(std::uint64_t id) {
        if (auto found = index_.find(Key{id}); found != index_.end()) {
            return {slots_[*found], false};
        }
        std::uint32_t slot = 0;
        if (!free_.empty()) {
            slot = free_.back();
            free_.pop_back();
        } else {
            slot = static_cast<std::uint32_t>(slots_.size());
            slots_.emplace_back();
        }
        slots_[slot].id = id;
        try {
            index_.insert(slot);
        } catch (...) {
            slots_[slot] = Record{};
            free_.push_back(slot);
            throw;
        }
        return {slots_[slot], true};
    }

    /// Removes `id`; returns whether it was there.
    bool erase(std::uint64_t id) noexcept {
        auto found = index_.find(Key{id});
        if (found == index_.end()) return false;
        const std::uint32_t slot = *found;
        index_.erase(found);
        slots_[slot] = Record{};  // frees what the record owns; id 0 marks the slot free
        free_.push_back(slot);
        if (index_.empty()) clear();
        return true;
    }

    void clear() noexcept {
        index_.clear();
        std::vector<Record>().swap(slots_);
        std::vector<std::uint32_t>().swap(free_);
    }

    void reserve(std::size_t count) {
        slots_.reserve(count);
        index_.reserve(count);
    }

    [[nodiscard]] std::size_t size() const noexcept { return index_.size(); }
    [[nodiscard]] bool empty() const noexcept { return index_.empty(); }

    /// Calls f(record) for every live record, in slot order.
    template <class F>
    void for_each(F&& f) const {
        for (const Record& record : slots_) {
            if (record.id != 0) f(record);
        }
    }
    template <class F>
    void for_each(F&& f) {
        for (Record& record : slots_) {
            if (record.id != 0) f(record);
        }
    }

  private:
    struct Key {
        std::uint64_t id;
    };
    struct Hash {
        using is_transparent = void;
        const std::vector<Record>* slots;
        std::size_t operator()(std::uint32_t slot) const noexcept {
            return mix_id((*slots)[slot].id);
        }
        std::size_t operator()(Key key) const noexcept { return mix_id(key.id); }
    };
    struct Equal {
        using is_transparent = void;
        const std::vector<Record>* slots;
        bool operator()(std::uint32_t a, std::uint32_t b) const noexcept { return a == b; }
        bool operator()(Key key, std::uint32_t slot) const noexcept {
            return (*slots)[slot].id == key.id;
        }
        bool operator()(std::uint32_t slot, Key key) const noexcept {
            return (*slots)[slot].id == key.id;
        }
    };

    std::vector<Record> slots_;
    std::vector<std::uint32_t> free_;
    boost::unordered_flat_set<std::uint32_t, Hash, Equal> index_;
};

}  // namespace hikari::cache_detail
