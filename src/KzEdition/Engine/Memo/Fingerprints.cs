using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace KzEdition.Engine.Memo;

/// <summary>
/// The fingerprint of a value's content, read the same way for every value a module can declare:
/// strings and numbers by their bits; records and structs field by field; lists in order; sets and
/// dictionaries whatever their order; anything else through <see cref="IFingerprinted"/>. A type it
/// cannot read is refused with its name, never fingerprinted by identity: an identity would differ
/// every build and hide nothing, but a wrong content fingerprint could hide a change.
/// </summary>
/// <remarks>
/// Values are immutable, so an object's fingerprint is computed once and kept beside it (a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/>): a value the engine gives back from the last
/// build costs a lookup. Each composite fingerprint includes its type's name, so a title and a
/// paragraph with the same text differ.
/// </remarks>
public static class Fingerprints
{
    private static readonly ConditionalWeakTable<object, StrongBox<Fingerprint>> Known = new();
    private static readonly ConcurrentDictionary<Type, Reader> Readers = new();
    private static readonly Fingerprint NullFingerprint = new FingerprintBuilder().Add("null").Build();

    /// <summary>Strings up to this length are hashed every time; longer ones once an object.</summary>
    private const int ShortString = 256;

    public static Fingerprint Of(object? value)
    {
        switch (value)
        {
            case null:
                return NullFingerprint;
            case string { Length: <= ShortString } text:
                return OfString(text);
            case Fingerprint fingerprint:
                return fingerprint;
        }

        var type = value.GetType();
        if (type.IsValueType)
        {
            return Compute(value, type);
        }

        return Known.GetValue(value, v => new StrongBox<Fingerprint>(Compute(v, v.GetType()))).Value!;
    }

    private static Fingerprint OfString(string text) => new FingerprintBuilder().Add("s").Add(text).Build();

    private static Fingerprint Compute(object value, Type type)
    {
        var reader = Readers.GetOrAdd(type, Plan);
        return reader(value);
    }

    private delegate Fingerprint Reader(object value);

    private static Reader Plan(Type type)
    {
        var name = type.FullName ?? type.Name;
        if (type == typeof(string))
        {
            return v => OfString((string)v);
        }

        if (type.IsEnum || type.IsPrimitive || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(UInt128) || type == typeof(Int128))
        {
            // Invariant and round-trip: double's ToString is its shortest exact form.
            return v => new FingerprintBuilder().Add(name).Add(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").Build();
        }

        if (typeof(IFingerprinted).IsAssignableFrom(type))
        {
            return v => new FingerprintBuilder().Add(name).Add(((IFingerprinted)v).GetFingerprint()).Build();
        }

        if (type == typeof(byte[]))
        {
            return v => new FingerprintBuilder().Add(name).Add((byte[])v).Build();
        }

        if (type == typeof(ReadOnlyMemory<byte>))
        {
            return v => new FingerprintBuilder().Add(name).Add(((ReadOnlyMemory<byte>)v).Span).Build();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
        {
            var isDefault = type.GetProperty("IsDefault")!;
            return v => (bool)isDefault.GetValue(v)! ? new FingerprintBuilder().Add(name).Add(-1).Build() : Ordered(name, (IEnumerable)v);
        }

        if (typeof(IDictionary<string, object>).IsAssignableFrom(type))
        {
            // Template models (Scriban's ScriptObject) among them.
            return v => Unordered(name, ((IDictionary<string, object>)v).Select(e => Pair(e.Key, e.Value)));
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return v => Unordered(name, Entries((IDictionary)v).Select(e => Pair(e.Key, e.Value)));
        }

        if (IsSet(type))
        {
            return v => Unordered(name, ((IEnumerable)v).Cast<object?>().Select(Of));
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return v => Ordered(name, (IEnumerable)v);
        }

        if (type.IsValueType || IsRecord(type))
        {
            var fields = Fields(type);
            return v =>
            {
                var builder = new FingerprintBuilder().Add(name);
                foreach (var field in fields)
                {
                    builder.Add(Of(field.GetValue(v)));
                }

                return builder.Build();
            };
        }

        return _ => throw new InvalidOperationException(
            $"The engine cannot fingerprint a {name}: make it a record of fingerprintable values, or implement IFingerprinted.");
    }

    private static Fingerprint Ordered(string name, IEnumerable items)
    {
        var builder = new FingerprintBuilder().Add(name);
        var count = 0;
        foreach (var item in items)
        {
            builder.Add(Of(item));
            count++;
        }

        return builder.Add(count).Build();
    }

    /// <summary>The sum of the parts' fingerprints, with their count: the same whatever the order of enumeration.</summary>
    private static Fingerprint Unordered(string name, IEnumerable<Fingerprint> parts)
    {
        UInt128 sum = 0;
        var count = 0;
        foreach (var part in parts)
        {
            sum += part.Value;
            count++;
        }

        return new FingerprintBuilder().Add(name).Add(new Fingerprint(sum)).Add(count).Build();
    }

    private static IEnumerable<DictionaryEntry> Entries(IDictionary dictionary)
    {
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
        {
            yield return entries.Entry;
        }
    }

    private static Fingerprint Pair(object key, object? value) => new FingerprintBuilder().Add(Of(key)).Add(Of(value)).Build();

    private static bool IsSet(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IReadOnlySet<>) || i.GetGenericTypeDefinition() == typeof(ISet<>)));

    /// <summary>A record class: the compiler gives it an EqualityContract.</summary>
    private static bool IsRecord(Type type) =>
        type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;

    private static FieldInfo[] Fields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return [.. fields];
    }
}
