using LiteDB;

namespace DigestBot.Storage;

/// <summary>
/// The one way a LiteDB transaction is written: begun, the work, committed; rolled back on any failure, which is then
/// thrown on. The work is synchronous: a LiteDB transaction belongs to its thread, so no await may come inside it.
/// </summary>
public static class LiteTransactions
{
    public static T InTransaction<T>(this LiteDatabase lite, Func<T> work)
    {
        lite.BeginTrans();
        T result;
        try
        {
            result = work();
            lite.Commit();
        }
        catch
        {
            lite.Rollback();
            throw;
        }

        return result;
    }

    public static void InTransaction(this LiteDatabase lite, Action work) =>
        lite.InTransaction(() =>
        {
            work();
            return true;
        });
}
