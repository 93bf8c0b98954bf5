using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace MentorGroups.Tests.Guards;

/// <summary>
/// Finds every public constructor and method of a library that takes a parameter which must not be null (a reference
/// type annotated as non-nullable), calls it with <see langword="null"/> there and sample values everywhere else, and
/// says when it does not throw an <see cref="ArgumentNullException"/> naming that parameter. Because the members are
/// found by reflection, a new public method is checked the moment it exists; a parameter type with no sample fails the
/// check rather than being skipped.
/// </summary>
/// <remarks>
/// Interface members are called on a sample implementation of the library's own. Left out on purpose: property
/// setters (options are validated as a whole, every problem at once), abstract members of classes, <c>out</c> and
/// <c>ref</c> parameters, and parameters typed by a generic parameter (their nullability is the caller's choice).
/// Shared with the DI tests, which survey their own library with their own samples.
/// </remarks>
internal sealed class NullGuardSurvey
{
    private readonly NullabilityInfoContext _nullability = new();
    private readonly Func<Type, object?> _sample;
    private readonly Func<Type, Type?> _typeArgument;

    /// <param name="sample">A valid value of a type (a fresh one per call), or <see langword="null"/> when it has none.</param>
    /// <param name="typeArgument">A type argument for a constrained generic parameter of a method, or <see langword="null"/>.</param>
    public NullGuardSurvey(Func<Type, object?> sample, Func<Type, Type?>? typeArgument = null)
    {
        _sample = sample;
        _typeArgument = typeArgument ?? (_ => null);
    }

    /// <summary>One member and one of its non-nullable reference parameters.</summary>
    public sealed record Case(MethodBase Member, ParameterInfo Parameter)
    {
        public override string ToString() => $"{Describe(Member)} {Parameter.Name}";
    }

    /// <summary>Every case of the public types in <paramref name="types"/>, in a stable order.</summary>
    public IReadOnlyList<Case> Cases(IEnumerable<Type> types) =>
        types.Where(t => !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t))
            .SelectMany(Members)
            .SelectMany(m => m.GetParameters().Where(MustNotBeNull).Select(p => new Case(m, p)))
            .OrderBy(c => c.ToString(), StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// Members that reflection cannot call because a parameter is a span (a by-ref-like type); their guards need a
    /// test of their own, and the list makes sure a new one is seen.
    /// </summary>
    public static bool CannotBeCalled(Case @case) => @case.Member.GetParameters().Any(p => p.ParameterType.IsByRefLike);

    /// <summary>Calls the member with null for the parameter.</summary>
    /// <returns><see langword="null"/> when it throws the right exception; otherwise what went wrong.</returns>
    public string? Check(Case @case)
    {
        var member = Close(@case.Member);
        if (member is null)
        {
            return "a generic method whose constrained type parameters have no type argument; give the survey one";
        }

        var parameters = member.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            // The parameter under test stays null; an out parameter needs no value.
            if (parameters[i].Position == @case.Parameter.Position || parameters[i].ParameterType.IsByRef)
            {
                continue;
            }

            if (!TrySample(parameters[i].ParameterType, out arguments[i]))
            {
                return $"no sample value of {Name(parameters[i].ParameterType)} for parameter '{parameters[i].Name}'; add one to the samples";
            }
        }

        object? target = null;
        if (member is MethodInfo { IsStatic: false } && !TrySample(member.DeclaringType!, out target))
        {
            return $"no sample instance of {Name(member.DeclaringType!)}; add one to the samples";
        }

        try
        {
            var result = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(target, arguments);
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }

            var lazy = result is IEnumerable && result.GetType().IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute));
            return "returned without throwing" + (lazy ? " (an iterator checks its arguments only when enumerated)" : "");
        }
        catch (Exception e) when (Unwrap(e) is ArgumentNullException thrown)
        {
            return thrown.ParamName == @case.Parameter.Name ? null : $"threw ArgumentNullException naming '{thrown.ParamName}'";
        }
        catch (Exception e)
        {
            var thrown = Unwrap(e);
            return $"threw {thrown.GetType().Name}: {thrown.Message}";
        }
    }

    /// <summary>A member's readable signature, e.g. <c>Roster.Create(IEnumerable&lt;Enrolment&gt;)</c>.</summary>
    public static string Describe(MethodBase member) =>
        $"{Name(member.DeclaringType!)}.{(member is ConstructorInfo ? "ctor" : member.Name)}({string.Join(", ", member.GetParameters().Select(p => Name(p.ParameterType)))})";

    private static IEnumerable<MethodBase> Members(Type type)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        IEnumerable<MethodBase> constructors = type.IsAbstract ? [] : type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        // An interface's members are called on the library's own implementation (a sample), which may be internal.
        var methods = type.GetMethods(Declared)
            .Where(m => (!m.IsAbstract || type.IsInterface) && !IsAccessor(m) && !m.Name.Contains('<', StringComparison.Ordinal));
        return constructors.Concat(methods);
    }

    private static bool IsAccessor(MethodInfo method) =>
        method.IsSpecialName && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal)
            || method.Name.StartsWith("add_", StringComparison.Ordinal) || method.Name.StartsWith("remove_", StringComparison.Ordinal));

    private bool MustNotBeNull(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type.IsByRef || type.IsPointer || type.IsValueType || type.IsGenericParameter)
        {
            return false;
        }

        return _nullability.Create(parameter).WriteState == NullabilityState.NotNull;
    }

    private MethodBase? Close(MethodBase member)
    {
        if (member is not MethodInfo { IsGenericMethodDefinition: true } method)
        {
            return member;
        }

        var arguments = method.GetGenericArguments().Select(a => _typeArgument(a) ?? (IsUnconstrained(a) ? typeof(string) : null)).ToArray();
        return arguments.Any(a => a is null) ? null : method.MakeGenericMethod(arguments!);
    }

    private static bool IsUnconstrained(Type parameter) =>
        parameter.GetGenericParameterConstraints().Length == 0
        && !parameter.GenericParameterAttributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);

    private bool TrySample(Type type, out object? value)
    {
        value = _sample(type) ?? Structural(type);
        return value is not null || (type.IsValueType && Nullable.GetUnderlyingType(type) is not null);
    }

    /// <summary>Values that follow from the type's shape: empty collections, delegates returning defaults, enums, structs.</summary>
    private static object? Structural(Type type)
    {
        if (type == typeof(string))
        {
            return "x";
        }

        if (type.IsArray)
        {
            return Array.CreateInstance(type.GetElementType()!, 0);
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            var invoke = type.GetMethod("Invoke")!;
            var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType)).ToArray();
            Expression body = invoke.ReturnType == typeof(void) ? Expression.Empty() : Expression.Default(invoke.ReturnType);
            return Expression.Lambda(type, body, parameters).Compile();
        }

        if (type.IsGenericType && type.IsInterface)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
                || definition == typeof(IList<>) || definition == typeof(ICollection<>))
            {
                return Array.CreateInstance(arguments[0], 0);
            }

            if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>))
            {
                return Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments));
            }

            if (definition == typeof(IReadOnlySet<>) || definition == typeof(ISet<>))
            {
                return Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(arguments));
            }
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type.IsValueType)
        {
            return type == typeof(int) || type == typeof(long) || type == typeof(double) ? Convert.ChangeType(1, type, CultureInfo.InvariantCulture) : Activator.CreateInstance(type);
        }

        if (type.IsAbstract)
        {
            return null;
        }

        // A well-known instance the type offers itself (Recommended, Empty, None, Default), or its parameterless constructor.
        var known = type.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == type && p.GetIndexParameters().Length == 0);
        if (known is not null)
        {
            return known.GetValue(null);
        }

        // A constructor whose parameters are all optional (new SeniorityGapCriterion()), with their defaults.
        var optional = type.GetConstructors().FirstOrDefault(c => c.GetParameters().All(p => p.HasDefaultValue));
        return optional?.Invoke([.. optional.GetParameters().Select(p => p.DefaultValue)]);
    }

    private static Exception Unwrap(Exception e)
    {
        while (e is TargetInvocationException { InnerException: { } inner })
        {
            e = inner;
        }

        return e is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;
    }

    private static string Name(Type type)
    {
        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var prefix = type.IsNested ? Name(type.DeclaringType!) + "." : "";
        if (!type.IsGenericType)
        {
            return prefix + type.Name;
        }

        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        var name = tick < 0 ? type.Name : type.Name[..tick];
        return $"{prefix}{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
